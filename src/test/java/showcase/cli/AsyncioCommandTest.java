package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.demo.asyncio.AsyncioCase;

/** asyncio's own options: cases by name or in a list, and one line for each bad one, its counts' included. */
class AsyncioCommandTest {

    @Test
    void casesComeInTheOrderGivenAndScaleIsACaseOfItsOwn() {
        assertAll(
                () -> assertEquals(new AsyncioCaseChoice(List.of(AsyncioCase.TASKGROUP_FAILURE, AsyncioCase.GATHER_FAILURE), true),
                        AsyncioCaseChoice.parse("taskgroup-failure,scale,gather-failure")),
                () -> assertEquals(new AsyncioCaseChoice(List.of(AsyncioCase.values()), true), AsyncioCaseChoice.parse("all")),
                () -> assertEquals(new AsyncioCaseChoice(List.of(), true), AsyncioCaseChoice.parse("scale")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --case  | gather,nope  | unknown case 'nope': choose one or more of gather, gather-failure, taskgroup-failure, race, deadline, interrupt, scale (comma-separated), or all
            --tasks | 10000,2e6    | '2e6' is too large: the most it can be is 1,000,000
            --tasks | 10000,       | '10000,' is not a list of counts: write it like 1e3,1e4,1e5
            """)
    void aBadValueIsOneLineSayingWhatIsRight(String option, String value, String message) {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> {
            if (option.equals("--case")) {
                AsyncioCaseChoice.parse(value);
            } else {
                TaskCounts.parse(value, 1, AsyncioCommand.FULL_SCALE);
            }
        });

        assertEquals(message, bad.getMessage());
    }
}
