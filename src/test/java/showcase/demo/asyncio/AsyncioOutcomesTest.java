package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.StructuredTaskScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.child.ChildProcess;
import showcase.report.Format;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.values.UsageException;

/**
 * Each Python program beside its Java twin, both really run: every line each prints is in the
 * log's shape, the figures line parses, hello and world run at once on both sides, and where
 * the two idioms agree, both programs' events say so (a TaskGroup and a structured scope both cancel world; gather and allOf both let it run
 * on). world sleeps far longer than hello, so a cancelled world was cancelled, not finished early.
 * Skipped, with the reason shown, where there is no python3 3.11 or later.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class AsyncioOutcomesTest {

    private static final Duration HELLO = Duration.ofMillis(40);
    private static final Duration WORLD = Duration.ofMillis(300);
    private static final Duration DEADLINE = Duration.ofMillis(150);

    private static Python python;
    private static String noPython;

    private final Asyncio asyncio = new Asyncio(new Asyncio.Settings(List.of(), List.of(), HELLO, WORLD, DEADLINE,
            Duration.ofMillis(10), Format.TEXT, Optional.empty()));

    @BeforeAll
    static void findPython() throws InterruptedException {
        try {
            python = Python.find(System.getenv("PATH"));
        } catch (UsageException e) {
            noPython = e.getMessage();
        }
    }


    private static Python python() {
        assumeTrue(python != null, () -> noPython);
        return python;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case            | Python's outcome                 | Java's outcome                                            | siblings cancelled
            gather            | ['Hello', 'World']               | [Hello, World]                                            | -
            gather-failure    | TaskFailedError                  | CompletionException (TaskFailedException)                 | no
            taskgroup-failure | ExceptionGroup (TaskFailedError) | StructuredTaskScope.FailedException (TaskFailedException) | yes
            race              | Hello                            | Hello                                                     | yes
            deadline          | TimeoutError (CancelledError)    | StructuredTaskScope.TimeoutException                      | yes
            interrupt         | CancelledError                   | InterruptedException                                      | yes
            """)
    void bothSidesOfACaseDoWhatTheirIdiomsSay(String caseId, String pythonOutcome, String javaOutcome, String cancelled)
            throws Exception {
        AsyncioCase kase = AsyncioCase.byId(caseId);
        List<ChildProcess.Result> results = runAtOnce(asyncio.pythonSide(python(), kase), asyncio.javaSide(kase));
        ProgramRun py = ProgramRun.read(results.get(0));
        ProgramRun java = ProgramRun.read(results.get(1));

        assertAll(
                () -> assertEveryLineIsInTheLogsShape(results.get(0)),
                () -> assertEveryLineIsInTheLogsShape(results.get(1)),
                () -> assertEquals("python-asyncio", py.runtime()),
                () -> assertEquals(kase.javaModel(), java.runtime()),
                () -> assertEquals(pythonOutcome, py.outcome()),
                () -> assertEquals(javaOutcome, java.outcome()),
                () -> assertEquals(java.returnedStrings(), py.returnedStrings(), "the same strings, where a list of them"),
                () -> assertEquals(expected(cancelled), py.siblings().cancelled(), "Python: " + py.events()),
                () -> assertEquals(expected(cancelled), java.siblings().cancelled(), "Java: " + java.events()),
                () -> assertConcurrent(py.events()),
                () -> assertConcurrent(java.events()),
                () -> assertTrue(py.cpuMillis() > 0 && py.peakRssBytes().orElseThrow() > 0, "Python's own figures"),
                () -> assertTrue(java.cpuMillis() > 0 && java.peakRssBytes().orElseThrow() > 0, "Java's own figures"));
    }

    @Test
    void scaleGathersItsCoroutinesAndReportsItsFigures() throws Exception {
        ChildProcess.Result result = ChildProcess.of(python().command(Asyncio.programs().resolve("scale.py"),
                "--tasks", "500", "--sleep-ms", "20")).run();
        ProgramRun scale = ProgramRun.read(result);

        assertAll(
                () -> assertEveryLineIsInTheLogsShape(result),
                () -> assertEquals("scale", scale.caseId()),
                () -> assertEquals(500, scale.tasks()),
                () -> assertEquals("500 slept", scale.outcome()),
                () -> assertTrue(scale.wallMillis() >= 20, "each slept 20 ms: " + scale.wallMillis()),
                () -> assertEquals(List.of("gathering 500 coroutines, each sleeping 20 ms"),
                        scale.log().stream().limit(1).map(LogLine::message).toList()));
    }

    /** Both sides at once: the test measures nothing, and this halves its time. */
    private static List<ChildProcess.Result> runAtOnce(ChildProcess python, ChildProcess java) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<ChildProcess.Result>allSuccessfulOrThrow())) {
            scope.fork(python::run);
            scope.fork(java::run);
            return scope.join().map(Subtask::get).toList();
        }
    }

    private static void assertEveryLineIsInTheLogsShape(ChildProcess.Result result) {
        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertEquals(List.of(), result.err().stream().filter(line -> LogLine.parse(line).isEmpty()).toList());
        assertTrue(result.err().size() >= 2, "at least the call's first and last lines: " + result.err());
    }

    /** Each task started before the other ended: the two ran at once, on either side. */
    private static void assertConcurrent(List<TaskEvent> events) {
        assertTrue(at(events, "hello", "started") < end(events, "world") && at(events, "world", "started") < end(events, "hello"),
                events.toString());
    }

    private static double end(List<TaskEvent> events, String task) {
        return events.stream().filter(e -> e.task().equals(task) && e.ends()).findFirst()
                .orElseThrow(() -> new AssertionError(task + " never ended: " + events)).atMillis();
    }

    private static Optional<Boolean> expected(String cancelled) {
        return cancelled.equals("-") ? Optional.empty() : Optional.of(cancelled.equals("yes"));
    }

    private static double at(List<TaskEvent> events, String task, String kind) {
        return events.stream().filter(e -> e.task().equals(task) && e.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + task + " " + kind + " in " + events)).atMillis();
    }
}
