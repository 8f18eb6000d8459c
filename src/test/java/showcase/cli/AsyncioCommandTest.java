package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.Main;
import showcase.demo.asyncio.AsyncioCase;
import showcase.demo.asyncio.Python;
import showcase.testing.CommandRun;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.values.UsageException;

/**
 * asyncio's own options: cases by name or in a list, and one line for each bad one, its counts'
 * included; then one case really run on both sides, printed, logged and drawn.
 */
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

    @Test
    void aListOfCountsReadsEachTheWayPeopleWriteThem() {
        assertEquals(new TaskCounts(List.of(1_000, 20_000, 300_000)), TaskCounts.parse("1e3, 20_000,3e5", 1, AsyncioCommand.FULL_SCALE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --tasks | 1e3
            --sleep | 5ms
            --full  |
            """)
    void anOptionOfTheScaleWithoutTheScaleIsOneLineAndExitTwo(String option, String value) throws Exception {
        CommandRun run = value == null ? CommandRun.of("asyncio", "--case", "gather,race", option)
                : CommandRun.of("asyncio", "--case", "gather,race", option, value);

        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(List.of("scripts/showcase: " + option + " is for the scale case, which --case leaves out "
                + "(see scripts/showcase asyncio --help)"), run.err());
    }

    @Test
    void anUnknownCaseOnTheCommandLineIsOneLineAndExitTwo() throws Exception {
        CommandRun run = CommandRun.of("asyncio", "--case", "gather,nope");

        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(1, run.err().size(), String.join("\n", run.err()));
        assertTrue(run.err().getFirst().contains("unknown case 'nope': choose one or more of gather, gather-failure, "), run.err().getFirst());
    }

    @Test
    void theHelpListsEveryCaseTheScaleAndAll() throws Exception {
        CommandRun run = CommandRun.of("asyncio", "--help");

        assertEquals(Main.OK, run.exitCode());
        assertTrue(run.outUnwrapped().contains("The cases to run, comma-separated: gather, gather-failure, taskgroup-failure, "
                + "race, deadline, interrupt, scale, all. Default: all."), run.out());
    }

    @Test
    @ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
    void aCaseRunsOnBothSidesAndIsPrintedLoggedAndDrawn(@TempDir Path dir) throws Exception {
        assumePython311();
        Path chart = dir.resolve("asyncio.svg");

        CommandRun run = CommandRun.of("asyncio", "--case", "gather", "--hello-delay", "40ms", "--world-delay", "80ms",
                "--chart", chart.toString());

        List<String> out = run.out().lines().toList();
        assertAll(
                () -> assertEquals(Main.OK, run.exitCode(), String.join("\n", run.log())),
                () -> assertEquals("gather: asyncio.gather beside StructuredTaskScope: the seed, hello 40 ms and world 80 ms",
                        out.getFirst()),
                () -> assertTrue(out.stream().anyMatch(line -> line.matches("  python-asyncio\\s+2\\s+\\d+.*\\s+-\\s+\\[Hello, World]")),
                        "the same list as Java's, in one notation: " + run.out()),
                () -> assertTrue(out.stream().anyMatch(line -> line.matches("  structured\\s+2\\s+\\d+.*\\s+-\\s+\\[Hello, World]")),
                        run.out()),
                () -> assertTrue(run.log().stream().anyMatch(line -> line.matches(".*INFO\\s+\\[1/2] gather / python-asyncio: "
                        + "\\['Hello', 'World'] after \\d+ ms, siblings cancelled: -; process \\d+ ms, CPU \\d+ ms, peak RSS \\d+\\.\\d MB")),
                        String.join("\n", run.log())),
                () -> assertTrue(run.log().stream().anyMatch(line -> line.matches(".*INFO\\s+\\[2/2] gather / structured: "
                        + "\\[Hello, World] after \\d+ ms, siblings cancelled: -; .*")), String.join("\n", run.log())),
                () -> assertTrue(run.log().stream().noneMatch(line -> line.endsWith(": running")),
                        "only the scale's long steps say when they start"),
                () -> assertTrue(run.log().getLast().endsWith("chart drawn in " + chart), run.log().getLast()),
                () -> assertTrue(Files.readString(chart).contains("asyncio beside Java 25"), "the chart"));
    }

    private static void assumePython311() throws InterruptedException {
        try {
            Python.find(System.getenv("PATH"));
        } catch (UsageException e) {
            assumeTrue(false, e.getMessage());
        }
    }
}
