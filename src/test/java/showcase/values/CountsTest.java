package showcase.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts read as people write large numbers, and say plainly what is wrong with one that is not. */
class CountsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1000000, 1000000", "1_000_000, 1000000", "1e6, 1000000", "2.5e5, 250000", "1E3, 1000", "' 7 ', 7",
            "1.0, 1",
            "1e7, 10000000"})
    void readsTheFormsPeopleWriteUpToAndIncludingTheMost(String text, long count) {
        assertEquals(count, Counts.parseBetween(text, 1, 10_000_000));
    }

    @org.junit.jupiter.api.Test
    void aNegativeFractionIsNotAWholeNumberEvenWhereNegativesAreAllowed() {
        assertEquals("'-1.5' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> Counts.parseBetween("-1.5", -10, 10)).getMessage());
        assertEquals(-2, Counts.parseBetween("-2", -10, 10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            many       | 'many' is not a count: write it like 1000000, 1_000_000 or 1e6
            1__000     | '1__000' is not a count: write it like 1000000, 1_000_000 or 1e6
            1000_      | '1000_' is not a count: write it like 1000000, 1_000_000 or 1e6
            1.5        | '1.5' is not a whole number
            1e-1       | '1e-1' is not a whole number
            0          | '0' is too small: the least it can be is 1
            -5         | '-5' is too small: the least it can be is 1
            2e7        | '2e7' is too large: the most it can be is 10,000,000
            """)
    void saysWhatIsWrongWithACountInOneLine(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Counts.parseBetween(text, 1, 10_000_000)).getMessage());
    }
}
