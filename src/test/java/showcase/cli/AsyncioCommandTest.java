package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.demo.asyncio.AsyncioCase;

/** asyncio's own options: cases by name or in a list, the scale's counts, and one line for each bad one. */
class AsyncioCommandTest {

    @Test
    void casesComeInTheOrderGivenAndScaleIsACaseOfItsOwn() {
        assertAll(
                () -> assertEquals(new AsyncioCaseChoice(List.of(AsyncioCase.TASKGROUP_FAILURE, AsyncioCase.GATHER_FAILURE), true),
                        AsyncioCaseChoice.parse("taskgroup-failure,scale,gather-failure")),
                () -> assertEquals(new AsyncioCaseChoice(List.of(AsyncioCase.values()), true), AsyncioCaseChoice.parse("all")),
                () -> assertEquals(new AsyncioCaseChoice(List.of(), true), AsyncioCaseChoice.parse("scale")));
    }

    @Test
    void taskCountsReadAsCountsDo() {
        assertEquals(List.of(10_000L, 100_000L, 1_000_000L), AsyncioCommand.TaskCounts.parse("1e4,100_000,1000000").counts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --case  | gather,nope  | unknown case 'nope': choose one or more of gather, gather-failure, taskgroup-failure, race, deadline, interrupt, scale (comma-separated), or all
            --tasks | 10000,2e6    | '2e6' is too large: the most it can be is 1,000,000
            --tasks | 10000,       | '' is not a count: write it like 1000000, 1_000_000 or 1e6
            """)
    void aBadValueIsOneLineSayingWhatIsRight(String option, String value, String message) {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> {
            if (option.equals("--case")) {
                AsyncioCaseChoice.parse(value);
            } else {
                AsyncioCommand.TaskCounts.parse(value);
            }
        });

        assertEquals(message, bad.getMessage());
    }
}
