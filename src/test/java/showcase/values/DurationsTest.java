package showcase.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource({
            "500ms, 500000000",
            "2s, 2000000000",
            "1.5s, 1500000000",
            "1m, 60000000000",
            "1h, 3600000000000",
            "250us, 250000",
            "PT1S, 1000000000",
            "PT0.25S, 250000000",
            "' 3s ', 3000000000"})
    void readsUnitsAndIso8601(String text, long nanos) {
        assertEquals(Duration.ofNanos(nanos), Durations.parsePositive(text, LONGEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "5", "5 s", "1.5.5s", "ms", "P1X"})
    void rejectsWhatIsNotADurationWithTheFormsItAccepts(String text) {
        var error = assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive(text, LONGEST));
        assertTrue(error.getMessage().contains("500ms, 2s, 1.5s or PT1S"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999h", "99999999999999999999s"})
    void aDurationTooLongForAnyClockIsTooLongNotMalformed(String text) {
        var bounded = assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive(text, Duration.ofHours(1)));
        assertEquals("'" + text + "' is too long: the most it can be is 1h", bounded.getMessage());
    }

    @Test
    void aBareZeroIsZeroAndSoNotAbove() {
        assertEquals("'0' must be above zero, up to 1h",
                assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive("0", Duration.ofHours(1)))
                        .getMessage());
    }

    @Test
    void aFloorIsReportedAsTooShort() {
        assertEquals("'9ms' is too short: the least it can be is 10ms", assertThrows(IllegalArgumentException.class,
                () -> Durations.parseBetween("9ms", Duration.ofMillis(10), Duration.ofHours(1))).getMessage());
        assertEquals(Duration.ofMillis(10), Durations.parseBetween("10ms", Duration.ofMillis(10), Duration.ofHours(1)));
    }

    @Test
    void aFloorOfZeroTakesZeroAndRefusesLess() {
        assertEquals(Duration.ZERO, Durations.parseBetween("0", Duration.ZERO, Duration.ofHours(1)));
        assertEquals(Duration.ZERO, Durations.parseBetween("0s", Duration.ZERO, Duration.ofHours(1)));
        assertEquals("0s", Durations.format(Duration.ZERO), "zero is written as it is read");
        assertEquals("'-1ms' must be zero or more, up to 1h", assertThrows(IllegalArgumentException.class,
                () -> Durations.parseBetween("-1ms", Duration.ZERO, Duration.ofHours(1))).getMessage());
    }

    @Test
    void boundsArePositiveUpToTheMaximum() {
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofHours(1), Durations.parsePositive("1h", max));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive("0s", max))
                .getMessage().contains("must be above zero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive("-2s", max))
                .getMessage().contains("must be above zero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive("61m", max))
                .getMessage().contains("the most it can be is 1h"));
    }

    @Test
    void formatsInTheLargestExactUnit() {
        assertEquals("1h", Durations.format(Duration.ofHours(1)));
        assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
        assertEquals("1500us", Durations.format(Duration.ofMillis(1).plusNanos(500_000)));
        assertEquals("1500ns", Durations.format(Duration.ofNanos(1_500)));
    }

    @Test
    void theLongestDurationThereIsIsReadToTheNanosecondAndOneMoreIsTooLong() {
        assertEquals(LONGEST, Durations.parsePositive(Long.MAX_VALUE + "ns", LONGEST));
        assertEquals("'9223372036854775808ns' is too long: the most it can be is 9223372036854775807ns",
                assertThrows(IllegalArgumentException.class, () -> Durations.parsePositive("9223372036854775808ns", LONGEST))
                        .getMessage());
    }
}
