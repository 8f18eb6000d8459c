package showcase.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way people write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m}, or ISO-8601 {@code PT1S}. */
public final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
            "ns", 1L, "us", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private Durations() {
    }

    public static Duration parse(String text) {
        String trimmed = text.strip();
        Matcher withUnit = WITH_UNIT.matcher(trimmed);
        try {
            if (withUnit.matches()) {
                BigDecimal nanos = new BigDecimal(withUnit.group(1))
                        .multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(withUnit.group(2))));
                return Duration.ofNanos(nanos.longValueExact());
            }
            return Duration.parse(trimmed);
        } catch (ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration: write it like 500ms, 2s, 1.5s or PT1S", e);
        }
    }

    /** Parses, then checks {@code 0 < duration <= max}. */
    public static Duration parsePositive(String text, Duration max) {
        Duration duration = parse(text);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is not positive: give a duration above zero, up to " + format(max));
        }
        if (duration.compareTo(max) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too long: the most it can be is " + format(max));
        }
        return duration;
    }

    /** {@code 1h}, {@code 250ms}: the shortest way back to what {@link #parse} reads. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        for (String unit : new String[] {"h", "m", "s", "ms", "us"}) {
            long per = NANOS_PER_UNIT.get(unit);
            if (nanos % per == 0) {
                return nanos / per + unit;
            }
        }
        return nanos + "ns";
    }
}
