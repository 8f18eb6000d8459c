package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import showcase.observe.SiblingFate;
import showcase.observe.SiblingFate.Fate;
import showcase.observe.ThreadCensus;
import showcase.report.Format;
import showcase.tasks.TaskFailedException;
import showcase.tasks.TaskSpec;

/**
 * The matrix's cells and JSON fields, from runs whose decision and sibling fates are set by the
 * test: each way a row can read ("yes", "1 of 2", "no", "never started", "-") and every time
 * measured from the call's start.
 */
class CompareReportTest {

    private static final long MS = 1_000_000;
    private static final RecordedRun RUN = new RecordedRun(true, false);
    private static final long DECIDED = RUN.helloEnd.nanos();

    /** The cells after case and model, as the Markdown table gives them. */
    private static List<List<String>> rows(CaseResult... results) {
        return CompareReport.render(List.of(results), Format.MARKDOWN, kase -> "").lines().skip(2)
                .map(line -> Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).skip(2).toList())
                .toList();
    }

    private static List<String> cells(List<String> row, int... columns) {
        return Arrays.stream(columns).mapToObj(row::get).toList();
    }

    private static final int OUTCOME = 1;
    private static final int SIBLINGS = 2;
    private static final int WASTED = 3;
    private static final int LEFT_RUNNING = 4;
    private static final int THREADS = 5;

    @Test
    void saysWhetherEveryStartedSiblingWasInterruptedAndHowLateTheSlowestWas() {
        var world = new SiblingFate("world", Fate.INTERRUPTED, 3_200_000, 200_000);
        var worldLater = new SiblingFate("world", Fate.INTERRUPTED, 5 * MS, 0);
        var other = new SiblingFate("other", Fate.RAN_ON, 40 * MS, 40 * MS);
        var ranOn = new SiblingFate("world", Fate.RAN_ON, 101 * MS, 101 * MS);
        var neverStarted = new SiblingFate("world", Fate.NEVER_STARTED, 0, 0);

        List<List<String>> rows = rows(
                RUN.result(Case.GATHER).returned(List.of("Hello", "World")).build(),
                RUN.result(Case.GATHER_FAILURE).decided(DECIDED, Optional.of("hello"), world).build(),
                RUN.result(Case.INTERRUPT).decided(DECIDED, Optional.empty(), world, worldLater).build(),
                RUN.result(Case.RACE).decided(DECIDED, Optional.of("hello"), worldLater, other).build(),
                RUN.result(Case.GATHER_FAILURE).decided(DECIDED, Optional.of("hello"), ranOn).build(),
                RUN.result(Case.GATHER_FAILURE).decided(DECIDED, Optional.of("hello"), neverStarted).build(),
                RUN.result(Case.DEADLINE).decided(DECIDED, Optional.empty()).build());

        assertAll(
                () -> assertEquals(List.of("-", "-"), cells(rows.get(0), SIBLINGS, WASTED), "nothing was decided"),
                () -> assertEquals(List.of("yes, +3 ms", "0"), cells(rows.get(1), SIBLINGS, WASTED)),
                () -> assertEquals(List.of("yes, +5 ms", "0"), cells(rows.get(2), SIBLINGS, WASTED), "the slowest reaction"),
                () -> assertEquals(List.of("1 of 2, +5 ms", "40"), cells(rows.get(3), SIBLINGS, WASTED)),
                () -> assertEquals(List.of("no", "101"), cells(rows.get(4), SIBLINGS, WASTED)),
                () -> assertEquals(List.of("never started", "0"), cells(rows.get(5), SIBLINGS, WASTED)),
                () -> assertEquals(List.of("-", "0"), cells(rows.get(6), SIBLINGS, WASTED), "decided after every task ended"));
    }

    @Test
    void namesTheTasksLeftRunningWhenTheCallReturnedAndTheThreadsCounted() {
        CaseResult returnedWhileWorldRan = RUN.result(Case.RACE).model("completable-future").returned("Hello")
                .callFrom(RUN.helloStart.nanos(), RUN.worldStart.nanos())
                .counted(new ThreadCensus.Count(2, 0, List.of())).build();
        CaseResult returnedAtTheEnd = RUN.result(Case.RACE).returned("Hello").counted(new ThreadCensus.Count(0, 2, List.of()))
                .build();

        List<List<String>> rows = rows(returnedWhileWorldRan, returnedAtTheEnd, RUN.result(Case.GATHER).build());

        assertEquals(List.of("1 (world)", "2 platform"), cells(rows.get(0), LEFT_RUNNING, THREADS));
        assertEquals(List.of("0", "2 virtual"), cells(rows.get(1), LEFT_RUNNING, THREADS));
        assertEquals(List.of("0", "not counted"), cells(rows.get(2), LEFT_RUNNING, THREADS));
    }

    /** Figures right, words left, whichever cases ran: gather alone has only "-" as waste and 0 left running. */
    @Test
    void aColumnLinesUpTheSameWayWhateverCasesRan() {
        CaseResult gather = RUN.result(Case.GATHER).returned(List.of("Hello", "World")).build();
        CaseResult race = RUN.result(Case.RACE).model("completable-future").returned("Hello")
                .callFrom(RUN.helloStart.nanos(), RUN.worldStart.nanos())
                .decided(DECIDED, Optional.of("hello"), new SiblingFate("world", Fate.RAN_ON, 101 * MS, 101 * MS)).build();

        String gatherAlone = alignments(gather);

        assertEquals("| --- | --- | ---: | --- | --- | ---: | --- | --- |", gatherAlone);
        assertEquals(gatherAlone, alignments(gather, race));
        assertEquals(gatherAlone, alignments(race));
    }

    /** The Markdown table's alignment row: the text table aligns its columns the same way. */
    private static String alignments(CaseResult... results) {
        return CompareReport.render(List.of(results), Format.MARKDOWN, kase -> "").lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    void theOutcomeIsTheResultOrTheExceptionWithItsCause() {
        List<List<String>> rows = rows(
                RUN.result(Case.GATHER).returned(List.of("Hello", "World")).build(),
                RUN.result(Case.GATHER_FAILURE).threw(new ExecutionException(failure())).build(),
                RUN.result(Case.DEADLINE).threw(new TimeoutException("late")).build());

        assertEquals(List.of("[Hello, World]", "ExecutionException (TaskFailedException)", "TimeoutException"),
                rows.stream().map(row -> row.get(OUTCOME)).toList());
    }

    @Test
    void theTextMatrixPutsEachCasesRowsUnderItsHeading() {
        String text = CompareReport.render(List.of(
                RUN.result(Case.RACE).model("structured").returned("Hello").build(),
                RUN.result(Case.RACE).model("sequential").returned("Hello").build(),
                RUN.result(Case.DEADLINE).model("structured").threw(new TimeoutException()).build()),
                Format.TEXT, kase -> "what " + kase.id() + " sets up");

        List<String> lines = text.lines().toList();
        assertEquals(List.of("race: what race sets up", "deadline: what deadline sets up"),
                lines.stream().filter(line -> !line.startsWith(" ")).toList(), text);
        assertTrue(lines.get(2).startsWith("  structured") && lines.get(3).startsWith("  sequential")
                && lines.get(5).startsWith("  structured"), text);
    }

    @Test
    void jsonGivesEveryTimeInMillisecondsFromTheCallsStartToTheMicrosecond() {
        long start = RUN.helloStart.nanos();
        Thread lingering = Thread.ofPlatform().name("lingering").unstarted(() -> { });
        CaseResult failed = RUN.result(Case.GATHER_FAILURE)
                .callFrom(start, start + 250_500_000)
                .threw(new ExecutionException(failure()))
                .decided(start + 100_234_567, Optional.of("hello"), new SiblingFate("world", Fate.INTERRUPTED, 1_234_567, 0))
                .counted(new ThreadCensus.Count(3, 0, List.of(lingering)))
                .build();

        String json = CompareReport.render(List.of(failed), Format.JSON, kase -> "").replaceAll("\\s+", " ");

        assertAll(
                () -> assertTrue(json.contains("\"case\": \"gather-failure\", \"model\": \"structured\""), json),
                () -> assertTrue(json.contains("\"wallMillis\": 250.5,"), json),
                () -> assertTrue(json.contains("\"result\": null, \"exception\": \"ExecutionException\", "
                        + "\"cause\": \"TaskFailedException\","), json),
                () -> assertTrue(json.contains("\"decidedAtMillis\": 100.235, \"decidedBy\": \"hello\","), json),
                () -> assertTrue(json.contains("\"aftermath\": \"world interrupted 1 ms after hello failed\""), json),
                () -> assertTrue(json.contains("{ \"task\": \"world\", \"fate\": \"interrupted\", \"reactionMillis\": 1.235, "
                        + "\"wastedMillis\": 0.0 }"), json),
                () -> assertTrue(json.contains("\"platformThreadsCreated\": 3, \"virtualThreadsCreated\": 0, "
                        + "\"threadsAliveAfter\": [ \"lingering\" ]"), json),
                () -> assertTrue(json.contains("\"events\": [ { \"task\": \"hello\", \"kind\": \"started\", \"atMillis\": 0.0, "
                        + "\"thread\": \"platform#" + RUN.helloStart.thread().threadId() + "\" }, { \"task\": \"hello\", "
                        + "\"kind\": \"failed\", \"atMillis\": "), "events timed from the call's start: " + json),
                () -> assertTrue(json.contains("{ \"task\": \"world\", \"kind\": \"finished\""), json));
    }

    @Test
    void jsonOfARunThatReturnedHasItsResultAndNullsForWhatDidNotHappen() {
        String json = CompareReport.render(List.of(RUN.result(Case.GATHER).returned(List.of("Hello", "World")).build()),
                Format.JSON, kase -> "").replaceAll("\\s+", " ");

        assertAll(
                () -> assertTrue(json.contains("\"result\": \"[Hello, World]\", \"exception\": null, \"cause\": null, "
                        + "\"decidedAtMillis\": null, \"decidedBy\": null, \"aftermath\": \"nothing to cancel\", "
                        + "\"siblings\": [], \"leftRunning\": [], \"platformThreadsCreated\": null, "
                        + "\"virtualThreadsCreated\": null, \"threadsAliveAfter\": null,"), json));
    }

    private static TaskFailedException failure() {
        return new TaskFailedException(TaskSpec.hello(java.time.Duration.ofMillis(1)).failing());
    }
}
