package showcase.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way people write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m},
 * or ISO-8601 {@code PT1S}; a bare {@code 0} is zero.
 */
public final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)");
    private static final Pattern ZERO = Pattern.compile("[-+]?0+");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
            "ns", 1L, "us", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private Durations() {
    }

    /** Parses, then checks {@code 0 < duration <= most}. */
    public static Duration parsePositive(String text, Duration most) {
        return parseBetween(text, Duration.ofNanos(1), most);
    }

    /**
     * Parses, then checks {@code least <= duration <= most}, with a value below zero (or zero,
     * unless {@code least} is zero) reported as such.
     */
    public static Duration parseBetween(String text, Duration least, Duration most) {
        BigDecimal nanos = nanos(text);
        if (least.isZero() && nanos.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' must be zero or more, up to " + format(most));
        }
        if (!least.isZero() && nanos.signum() <= 0) {
            throw new IllegalArgumentException("'" + text + "' must be above zero, up to " + format(most));
        }
        if (nanos.compareTo(BigDecimal.valueOf(least.toNanos())) < 0) {
            throw new IllegalArgumentException("'" + text + "' is too short: the least it can be is " + format(least));
        }
        if (nanos.compareTo(BigDecimal.valueOf(most.toNanos())) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too long: the most it can be is " + format(most));
        }
        return Duration.ofNanos(nanos.longValueExact());
    }

    // Exact, and unbounded, so that a duration too long for a Duration is reported as too long, not malformed.
    private static BigDecimal nanos(String text) {
        String trimmed = text.strip();
        if (ZERO.matcher(trimmed).matches()) {
            return BigDecimal.ZERO;
        }
        Matcher withUnit = WITH_UNIT.matcher(trimmed);
        try {
            if (withUnit.matches()) {
                return new BigDecimal(withUnit.group(1))
                        .multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(withUnit.group(2))))
                        .setScale(0, RoundingMode.HALF_UP);
            }
            Duration iso = Duration.parse(trimmed);
            return BigDecimal.valueOf(iso.getSeconds()).multiply(NANOS_PER_SECOND).add(BigDecimal.valueOf(iso.getNano()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration: write it like 500ms, 2s, 1.5s or PT1S", e);
        }
    }

    /** {@code 1h}, {@code 250ms}: the shortest way back to what {@link #parseBetween} reads. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        for (String unit : new String[] {"h", "m", "s", "ms", "us"}) {
            long per = NANOS_PER_UNIT.get(unit);
            if (nanos % per == 0) {
                return nanos / per + unit;
            }
        }
        return nanos + "ns";
    }
}
