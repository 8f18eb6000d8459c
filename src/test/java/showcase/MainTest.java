package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.cli.Subcommand;
import showcase.demo.Case;
import showcase.model.Models;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;
import showcase.values.KebabCaseId;

/** The command line as a user meets it: exit codes, help, and one clear line for each bad input. */
@ExtendWith(NoThreadLeftBehind.class)
class MainTest {

    @Test
    void runsHelloWithShortDelaysLogsBothGreetingsAndExitsZero() throws Exception {
        CommandRun result = CommandRun.of("--hello-delay", "20ms", "--world-delay", "40ms");
        List<String> log = result.log();

        assertEquals(Main.OK, result.exitCode());
        assertEquals(List.of(), result.err(), "usage errors only go to err");
        assertEquals("", result.out(), "a single model prints no table");
        assertAll(
                () -> assertTrue(log.stream().anyMatch(line -> line.matches(".*hello\\s+virtual#\\d+\\s+INFO\\s+\\[request-\\d+] Hello")),
                        "" + log),
                () -> assertTrue(log.stream().anyMatch(line -> line.matches(".*world\\s+virtual#\\d+\\s+INFO\\s+\\[request-\\d+] World")),
                        "" + log),
                () -> assertTrue(log.getLast().contains("structured: gathered [Hello, World] in "), "" + log));
    }

    /** The threads each model runs the two tasks on, and those it creates for them, as the closing table words them. */
    private static final Map<String, List<String>> THREADS_USED_AND_CREATED = Map.of(
            "structured", List.of("2 virtual", "2 virtual"),
            "structured-platform", List.of("2 platform", "2 platform"),
            "virtual-executor", List.of("2 virtual", "2 virtual"),
            "platform-threads", List.of("2 platform", "2 platform"),
            "fixed-pool", List.of("2 platform", "2 platform"),
            "completable-future", List.of("2 platform", "2 platform"),
            "sequential", List.of("the caller's (%s)", "none"));

    @Test
    void modelAllEndsWithATableOfEveryModelAndTheThreadsEachUsedAndCreated() throws Exception {
        CommandRun result = CommandRun.of("hello", "--model", "all", "--hello-delay", "10ms", "--world-delay", "20ms");

        assertEquals(Main.OK, result.exitCode());
        List<String> table = result.outLines();
        assertTrue(table.getFirst().matches("model\\s+wall ms\\s+outcome\\s+threads used\\s+threads created"), table.getFirst());
        List<List<String>> rows = table.stream().skip(1).map(row -> List.of(row.split("\\s{2,}"))).toList();
        assertEquals(Models.names(), rows.stream().map(List::getFirst).toList(), result.out());
        for (List<String> row : rows) {
            String model = row.getFirst();
            List<String> threads = Objects.requireNonNull(THREADS_USED_AND_CREATED.get(model),
                    () -> "write down the threads " + model + " uses");
            assertAll(model,
                    () -> assertEquals("[Hello, World]", row.get(2)),
                    () -> assertTrue(Long.parseLong(row.get(1)) >= (model.equals("sequential") ? 30 : 20),
                            "wall ms at least what the delays imply: " + row),
                    () -> assertEquals(List.of(threads.get(0).formatted(Thread.currentThread().getName()), threads.get(1)),
                            row.subList(3, 5), "threads used, and created by the run"));
        }
    }

    @ParameterizedTest(name = "--fail {0}")
    @CsvSource({
            "hello, hello failed: failed on purpose after 10 ms, world interrupted",
            "world, world failed: failed on purpose after 30 ms, structured: failed after"})
    void failingATaskOnPurposeIsPartOfTheDemoNotAFailure(String task, String failure, String aftermath) throws Exception {
        CommandRun result = CommandRun.of("--fail", task, "--hello-delay", "10ms", "--world-delay", "30ms");
        List<String> log = result.log();

        assertEquals(Main.OK, result.exitCode());
        assertTrue(log.stream().anyMatch(line -> line.endsWith(failure)), failure + " in " + log);
        assertTrue(log.stream().anyMatch(line -> line.contains(aftermath)), aftermath + " in " + log);
        assertTrue(log.stream().noneMatch(line -> line.contains("ERROR")), "" + log);
    }

    @Test
    void compareCanPrintItsMatrixAsJson() throws Exception {
        CommandRun result = CommandRun.of("compare", "--model", "structured", "--case", "gather-failure",
                "--format", "json", "--hello-delay", "10ms", "--world-delay", "5s");

        assertEquals(Main.OK, result.exitCode());
        String json = result.out();
        assertTrue(json.startsWith("[") && json.strip().endsWith("]"), json);
        assertAll(
                () -> assertTrue(json.contains("\"model\": \"structured\""), json),
                () -> assertTrue(json.contains("\"exception\": \"StructuredTaskScope.FailedException\""), json),
                () -> assertTrue(json.contains("\"cause\": \"TaskFailedException\""), json),
                () -> assertTrue(json.contains("\"fate\": \"interrupted\""), json),
                () -> assertTrue(json.contains("\"decidedBy\": \"hello\""), json));
    }

    @Test
    void compareCanPrintItsMatrixAsCsv() throws Exception {
        CommandRun result = CommandRun.of("compare", "--model", "sequential", "--case", "race", "--format", "csv",
                "--hello-delay", "10ms", "--world-delay", "20ms");

        assertEquals(Main.OK, result.exitCode());
        List<String> lines = result.outLines();
        assertEquals("case,model,wall ms,outcome,siblings interrupted,wasted ms,left running,threads created", lines.get(0));
        String[] row = lines.get(1).split(",");
        assertAll(
                () -> assertEquals(2, lines.size()),
                () -> assertEquals(List.of("race", "sequential"), List.of(row[0], row[1])),
                () -> assertTrue(Long.parseLong(row[2]) >= 10, "hello sleeps 10 ms: " + lines.get(1)),
                () -> assertEquals(List.of("Hello", "never started", "0", "0", "none"),
                        List.of(row[3], row[4], row[5], row[6], row[7])));
    }

    @Test
    void seedDelaysGiveTheSeedsOneAndTwoSecondsUnlessADelayIsGiven() throws Exception {
        CommandRun result = CommandRun.of("compare", "--seed-delays", "--model", "structured", "--case", "gather",
                "--format", "csv", "--hello-delay", "10ms");

        assertEquals(Main.OK, result.exitCode());
        String row = result.outLines().get(1);
        long wallMillis = Long.parseLong(row.split(",")[2]);
        assertTrue(wallMillis >= 2000 && wallMillis < 2900, "world sleeps the seed's 2 s, hello only 10 ms: " + row);
    }

    @Test
    void helloDrawsItsTimelineWhereAsked(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("hello.svg");
        CommandRun result = CommandRun.of("--model", "all", "--hello-delay", "10ms", "--world-delay", "20ms",
                "--chart", chart.toString());

        assertEquals(Main.OK, result.exitCode());
        String svg = Files.readString(chart);
        assertTrue(svg.contains("completable-future \u00b7 world") && svg.contains("sequential \u00b7 hello"), "a lane per model and task");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "help", "-h"})
    void helpListsEveryCommandWithItsWholeSummary(String help) throws Exception {
        CommandRun result = CommandRun.of(help);

        assertEquals(Main.OK, result.exitCode());
        String flowed = result.outUnwrapped();
        for (Subcommand command : Main.subcommands()) {
            String summary = command.summary();
            assertTrue(summary.endsWith("."), "a whole sentence: " + summary);
            assertTrue(flowed.contains(command.name() + " " + summary), command.name() + "'s summary, whole, in\n" + result.out());
        }
        assertTrue(flowed.contains("See 'scripts/showcase help COMMAND' for a command's options."), result.out());
        assertEquals(List.of(), result.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void eachCommandsHelpHasItsSynopsisWrappedBetweenOptionsNeverInsideOne(String command) throws Exception {
        CommandRun viaHelp = CommandRun.of("help", command);
        CommandRun viaFlag = CommandRun.of(command, "--help");

        assertEquals(Main.OK, viaHelp.exitCode());
        assertEquals(viaHelp.out(), viaFlag.out(), "help COMMAND and COMMAND --help say the same");
        List<String> synopsis = viaHelp.out().lines().dropWhile(line -> !line.startsWith("Usage:"))
                .takeWhile(line -> line.startsWith("Usage:") || line.startsWith(" ")).toList();
        assertTrue(synopsis.getFirst().startsWith("Usage: scripts/showcase " + command + " ["), viaHelp.out());
        for (String line : synopsis) {
            assertEquals(line.chars().filter(c -> c == '[').count(), line.chars().filter(c -> c == ']').count(),
                    "a token split across lines: " + line);
            assertTrue(line.length() <= 80, "wider than 80 columns: " + line);
        }
        assertTrue(String.join(" ", synopsis).contains("[--log-format=text|json]"), "every command has --log-format");
    }

    @ParameterizedTest(name = "help {0}")
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpOnHelpShowsItsOwnUsage(String help) throws Exception {
        CommandRun result = CommandRun.of("help", help);

        assertEquals(Main.OK, result.exitCode(), result::toString);
        assertEquals(List.of("Usage: scripts/showcase help [COMMAND]",
                "Lists the commands, or the options of COMMAND (as COMMAND --help does)."), result.outLines());
        assertEquals(List.of(), result.err());
    }

    @Test
    void helpForNothingThatExistsIsAUsageError() throws Exception {
        CommandRun unknown = CommandRun.of("help", "nope");
        CommandRun twoCommands = CommandRun.of("help", "hello", "compare");

        assertEquals(Main.USAGE, unknown.exitCode());
        assertEquals(List.of("scripts/showcase: unknown command 'nope': choose one of " + String.join(", ", COMMANDS)),
                unknown.err());
        assertEquals(Main.USAGE, twoCommands.exitCode());
        assertEquals(1, twoCommands.err().size(), "" + twoCommands.err());
    }

    @Test
    void versionNamesTheProjectItsVersionOrADevelopmentBuildAndTheJavaItRunsOn() throws Exception {
        CommandRun result = CommandRun.of("--version");

        assertEquals(Main.OK, result.exitCode());
        assertTrue(result.out().strip().matches("loom-showcase (\\d\\S*|\\(development build\\)) on Java \\S+"), result.out());
        assertTrue(result.out().strip().endsWith("on Java " + Runtime.version()), result.out());
    }

    @Test
    void eachCommandsHelpExplainsItInAParagraphAndNamesEveryChoiceAndDefault() throws Exception {
        String hello = CommandRun.of("help", "hello").outUnwrapped();
        String compare = CommandRun.of("help", "compare").outUnwrapped();

        assertAll(Main.subcommands().stream().map(command -> () -> assertDescribed(command,
                CommandRun.of("help", command.name()).outUnwrapped())));
        assertAll(
                () -> assertTrue(hello.contains("--hello-delay=DURATION How long say_hello sleeps. Default: 1s."), hello),
                () -> assertTrue(hello.contains("--world-delay=DURATION How long say_world sleeps. Default: 2s."), hello),
                () -> assertFalse(hello.substring(hello.indexOf("--heartbeat=DURATION "), hello.indexOf("--fail=hello|world "))
                        .contains("Default"), "no default heartbeat, so none is shown: " + hello),
                () -> assertTrue(compare.contains("The cases to run: " + String.join(", ", KebabCaseId.ids(Case.class)) + ", all. Default: all."),
                        "every case offered: " + compare));
    }

    private static void assertDescribed(Subcommand command, String help) {
        assertFalse(command.description().isBlank(), command.name() + " says more than its summary");
        assertTrue(help.contains(command.description()), command.name() + "'s description, whole, in " + help);
    }

    private static final List<String> COMMANDS = Main.subcommands().stream().map(Subcommand::name).toList();

    static List<String> commands() {
        return COMMANDS;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --model nope                   | unknown model 'nope'                | structured, structured-platform, virtual-executor, platform-threads, fixed-pool, completable-future, sequential, all
            --hello-delay 0                | '0' must be above zero              | 1h
            --world-delay 99999999999999999999s | is too long                    | the most it can be is 1h
            --heartbeat 9ms                | '9ms' is too short                  | 10ms
            --chart /proc/x.png            | cannot be written                   | /proc does not take new files
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
    void badInputGetsOneLineNamingTheProblemAndTheChoices(String args, String problem, String choices) throws Exception {
        CommandRun result = CommandRun.of(args.split(" "));

        assertEquals(Main.USAGE, result.exitCode());
        assertEquals(1, result.err().size(), "exactly one line on stderr: " + result.err());
        String line = result.err().getFirst();
        assertAll(
                () -> assertTrue(line.startsWith("scripts/showcase: "), line),
                () -> assertTrue(line.contains(problem), "names the problem: " + line),
                () -> assertTrue(line.contains(choices), "names the choices: " + line),
                () -> assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line),
                () -> assertEquals("", result.out()));
    }
}
