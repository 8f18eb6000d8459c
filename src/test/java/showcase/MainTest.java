package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
        assertTrue(table.getFirst().matches("model\\s+wall ms\\s+outcome\\s+threads used\\s+threads created"), table.getFirst());
        assertEquals(8, table.size(), result.out());
        for (String model : List.of("structured", "structured-platform", "virtual-executor", "platform-threads",
                "fixed-pool", "completable-future", "sequential")) {
            assertTrue(table.stream().anyMatch(row -> row.startsWith(model + " ")), model + " missing from\n" + result.out());
        }
    }

    @Test
    void failingATaskOnPurposeIsPartOfTheDemoNotAFailure() {
        Result result = run("--fail", "hello", "--hello-delay", "10ms", "--world-delay", "5s");

        assertEquals(Main.OK, result.exitCode());
    }

    @Test
    void compareCanPrintItsMatrixAsJson() {
        Result result = run("compare", "--model", "structured", "--case", "gather-failure", "--format", "json",
                "--hello-delay", "10ms", "--world-delay", "5s");

        assertEquals(Main.OK, result.exitCode());
        String json = result.out();
        assertTrue(json.startsWith("[") && json.strip().endsWith("]"), json);
        assertAll(
                () -> assertTrue(json.contains("\"model\": \"structured\""), json),
                () -> assertTrue(json.contains("\"exception\": \"StructuredTaskScope.FailedException\""), json),
                () -> assertTrue(json.contains("\"fate\": \"interrupted\""), json));
    }

    @Test
    void compareCanPrintItsMatrixAsCsv() {
        Result result = run("compare", "--model", "sequential", "--case", "race", "--format", "csv",
                "--hello-delay", "10ms", "--world-delay", "20ms");

        assertEquals(Main.OK, result.exitCode());
        assertEquals(List.of(
                "case,model,wall ms,outcome,siblings interrupted,wasted ms,left running,threads created",
                "race,sequential,"), result.out().lines().map(line -> line.replaceAll("^(race,sequential,).*", "$1")).toList());
    }

    @Test
    void seedDelaysGiveTheSeedsOneAndTwoSecondsUnlessADelayIsGiven() {
        Result result = run("compare", "--seed-delays", "--model", "structured", "--case", "gather", "--format", "csv",
                "--hello-delay", "10ms");

        assertEquals(Main.OK, result.exitCode());
        String row = result.out().lines().toList().get(1);
        long wallMillis = Long.parseLong(row.split(",")[2]);
        assertTrue(wallMillis >= 2000 && wallMillis < 2900, "world sleeps the seed's 2 s, hello only 10 ms: " + row);
    }

    @Test
    void helloDrawsItsTimelineWhereAsked(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("hello.svg");
        Result result = run("--model", "all", "--hello-delay", "10ms", "--world-delay", "20ms", "--chart", chart.toString());

        assertEquals(Main.OK, result.exitCode());
        String svg = Files.readString(chart);
        assertTrue(svg.contains("completable-future \u00b7 world") && svg.contains("sequential \u00b7 hello"), "a lane per model and task");
    }

    @Test
    void helpListsSubcommandsAndEveryOption() {
        Result result = run("--help");

        assertEquals(Main.OK, result.exitCode());
        assertAll(List.of("Commands:", "hello", "compare", "--help", "--version", "help COMMAND").stream()
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
            --hello-delay -1s              | '-1s' must be above zero            | 1h
            --world-delay 0ms              | '0ms' must be above zero            | 1h
            --hello-delay soon             | 'soon' is not a duration            | 500ms, 2s, 1.5s or PT1S
            --world-delay 2h               | '2h' is too long                    | 1h
            --heartbeat 0s                 | '0s' must be above zero             | 1h
            frobnicate                     | unknown command 'frobnicate'        | hello, compare
            --frobnicate                   | unknown option '--frobnicate'       | --model, --hello-delay, --world-delay, --heartbeat
            hello extra                    | unexpected argument 'extra'         | --model
            hello --model                  | Missing required parameter          | --model
            --fail nobody                  | 'nobody' names no task              | hello or world
            --chart timeline.gif           | must end in .svg or .png            | .svg or .png
            compare --case nope            | unknown case 'nope'                 | gather, gather-failure, race, deadline, interrupt, all
            compare --deadline 0ms         | '0ms' must be above zero            | 1h
            compare --deadline -150ms      | '-150ms' must be above zero         | 1h
            compare --format yaml          | unknown format 'yaml'               | text, markdown, csv, json
            compare --model nope           | unknown model 'nope'                | structured
            --log-format xml               | unknown log format 'xml'            | text, json
            """)
    void badInputGetsOneLineNamingTheProblemAndTheChoices(String args, String problem, String choices) {
        Result result = run(args.split(" "));

        assertEquals(Main.USAGE, result.exitCode());
        assertEquals(1, result.errLines().size(), "exactly one line on stderr: " + result.errLines());
        String line = result.errLines().getFirst();
        assertAll(
                () -> assertTrue(line.startsWith("scripts/showcase: "), line),
                () -> assertTrue(line.contains(problem), "names the problem: " + line),
                () -> assertTrue(line.contains(choices), "names the choices: " + line),
                () -> assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line),
                () -> assertEquals("", result.out()));
    }
}
