package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.testing.NoThreadLeftBehind;

/** The command line as a user meets it: exit codes, help, and one clear line for each bad input. */
@ExtendWith(NoThreadLeftBehind.class)
class MainTest {

    private record Result(int exitCode, String out, List<String> errLines) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void runsHelloWithShortDelaysAndExitsZero() {
        Result result = run("--hello-delay", "20ms", "--world-delay", "40ms");

        assertEquals(Main.OK, result.exitCode());
        assertEquals(List.of(), result.errLines());
    }

    @Test
    void modelAllEndsWithATableOfEveryModel() {
        Result result = run("hello", "--model", "all", "--hello-delay", "10ms", "--world-delay", "20ms");

        assertEquals(Main.OK, result.exitCode());
        List<String> table = result.out().lines().toList();
        assertTrue(table.getFirst().matches("model\\s+wall ms\\s+threads used\\s+threads created"), table.getFirst());
        assertEquals(8, table.size(), result.out());
        for (String model : List.of("structured", "structured-platform", "virtual-executor", "platform-threads",
                "fixed-pool", "completable-future", "sequential")) {
            assertTrue(table.stream().anyMatch(row -> row.startsWith(model + " ")), model + " missing from\n" + result.out());
        }
    }

    @Test
    void helpListsSubcommandsAndEveryOption() {
        Result result = run("--help");

        assertEquals(Main.OK, result.exitCode());
        assertAll(List.of("Subcommands:", "hello", "--model", "--hello-delay", "--world-delay", "--heartbeat",
                        "structured-platform", "--version").stream()
                .map(word -> () -> assertTrue(result.out().contains(word), word + " missing from --help")));
        assertEquals(List.of(), result.errLines());
    }

    @Test
    void subcommandHelpWorksToo() {
        Result result = run("hello", "--help");

        assertEquals(Main.OK, result.exitCode());
        assertTrue(result.out().contains("--world-delay"), result.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --model nope                   | unknown model 'nope'                | structured, structured-platform, virtual-executor, platform-threads, fixed-pool, completable-future, sequential, all
            --hello-delay -1s              | '-1s' is not positive               | above zero
            --world-delay 0ms              | '0ms' is not positive               | above zero
            --hello-delay soon             | 'soon' is not a duration            | 500ms, 2s, 1.5s or PT1S
            --world-delay 2h               | '2h' is too long                    | 1h
            --heartbeat 0s                 | '0s' is not positive                | above zero
            frobnicate                     | unknown subcommand 'frobnicate'     | hello
            --frobnicate                   | unknown option '--frobnicate'       | --model, --hello-delay, --world-delay, --heartbeat
            hello extra                    | unexpected argument 'extra'         | --model
            hello --model                  | Missing required parameter          | --model
            """)
    void badInputGetsOneLineNamingTheProblemAndTheChoices(String args, String problem, String choices) {
        Result result = run(args.split(" "));

        assertEquals(Main.USAGE, result.exitCode());
        assertEquals(1, result.errLines().size(), "exactly one line on stderr: " + result.errLines());
        String line = result.errLines().getFirst();
        assertAll(
                () -> assertTrue(line.startsWith("showcase: "), line),
                () -> assertTrue(line.contains(problem), "names the problem: " + line),
                () -> assertTrue(line.contains(choices), "names the choices: " + line),
                () -> assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line),
                () -> assertEquals("", result.out()));
    }
}
