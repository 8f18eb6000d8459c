package showcase.report;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers, booleans and nulls: enough for the reports,
 * without a JSON library on the class path at every start.
 */
public final class Json {

    private Json() {
    }

    /** A JSON object whose keys keep the order given: {@code object("task", "hello", "ms", 12)}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Indented over several lines, for people. */
    public static String write(Object value) {
        return render(value, "");
    }

    /** On one line, for JSON Lines: one record per line. */
    public static String line(Object value) {
        return render(value, null);
    }

    // A null indent writes everything on one line.
    private static String render(Object value, String indent) {
        StringBuilder json = new StringBuilder();
        write(value, json, indent);
        return json.append(System.lineSeparator()).toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        switch (value) {
            case null -> json.append("null");
            case String text -> string(text, json);
            case Number number -> json.append(finite(number));
            case Boolean bool -> json.append(bool);
            case Map<?, ?> map -> container(map.entrySet().iterator(), json, indent, '{', '}', (entry, inner) -> {
                string(String.valueOf(entry.getKey()), json);
                json.append(indent == null ? ":" : ": ");
                write(entry.getValue(), json, inner);
            });
            case List<?> list -> container(list.iterator(), json, indent, '[', ']', (item, inner) -> write(item, json, inner));
            default -> string(String.valueOf(value), json);
        }
    }

    private interface ItemWriter<T> {
        void write(T item, String indent);
    }

    private static <T> void container(Iterator<T> items, StringBuilder json, String indent, char open, char close,
            ItemWriter<T> writer) {
        json.append(open);
        if (!items.hasNext()) {
            json.append(close);
            return;
        }
        String inner = indent == null ? null : indent + "  ";
        while (items.hasNext()) {
            newLine(json, inner);
            writer.write(items.next(), inner);
            if (items.hasNext()) {
                json.append(',');
            }
        }
        newLine(json, indent);
        json.append(close);
    }

    private static void newLine(StringBuilder json, String indent) {
        if (indent != null) {
            json.append(System.lineSeparator()).append(indent);
        }
    }

    private static String finite(Number number) {
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            return "null";
        }
        return number.toString();
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
