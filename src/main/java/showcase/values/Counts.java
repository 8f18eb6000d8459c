package showcase.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads counts the way people write large ones: {@code 1000000}, {@code 1_000_000}, {@code 1e6} or {@code 2.5e5}. */
public final class Counts {

    private static final Pattern COUNT = Pattern.compile("[-+]?(\\d[\\d_]*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private Counts() {
    }

    /** Parses, then checks {@code least <= count <= most}. */
    public static long parseBetween(String text, long least, long most) {
        String trimmed = text.strip();
        if (!COUNT.matcher(trimmed).matches() || trimmed.contains("__") || trimmed.endsWith("_")) {
            throw new IllegalArgumentException("'" + text + "' is not a count: write it like 1000000, 1_000_000 or 1e6");
        }
        BigDecimal count = new BigDecimal(trimmed.replace("_", ""));
        if (count.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        if (count.compareTo(BigDecimal.valueOf(least)) < 0) {
            throw new IllegalArgumentException("'" + text + "' is too small: the least it can be is " + format(least));
        }
        if (count.compareTo(BigDecimal.valueOf(most)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too large: the most it can be is " + format(most));
        }
        return count.longValueExact();
    }

    /** {@code 1,000,000}: grouped, as the tables print counts. */
    public static String format(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }
}
