package showcase.child;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a child JVM tells its parent, one line at a time: a kind, then {@code key=value} pairs,
 * each value URL-encoded so that a reason with spaces stays one token. Simple enough to need no
 * parser library on either side.
 */
public record KeyValueLine(String kind, Map<String, String> values) {

    public static KeyValueLine of(String kind) {
        return new KeyValueLine(kind, new LinkedHashMap<>());
    }

    public KeyValueLine with(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    /** The line, e.g. {@code result status=limit reason=unable+to+create+native+thread}. */
    public String line() {
        StringBuilder line = new StringBuilder(kind);
        values.forEach((key, value) -> line.append(' ').append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return line.toString();
    }

    /** The line read back; empty for a line that is not of this form (the JVM's own output, say). */
    public static Optional<KeyValueLine> parse(String line) {
        String[] tokens = line.strip().split(" ");
        if (tokens.length == 0 || tokens[0].isEmpty() || tokens[0].contains("=")) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int equals = tokens[i].indexOf('=');
            if (equals <= 0) {
                return Optional.empty();
            }
            try {
                values.put(tokens[i].substring(0, equals),
                        URLDecoder.decode(tokens[i].substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notEncodedByUs) {
                return Optional.empty();
            }
        }
        return Optional.of(new KeyValueLine(tokens[0], values));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public OptionalLong number(String key) {
        String value = values.get(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
