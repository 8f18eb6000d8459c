package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.observe.SiblingFate;
import showcase.observe.SiblingFate.Fate;
import showcase.tasks.TaskSpec;
import showcase.testing.NoThreadLeftBehind;

/**
 * Every model through every case, each row checked against what that model is known to do. The
 * fates come from recorded events: "interrupted" means the task's own thread saw the interrupt,
 * "ran on" that it ran to its end after the outcome was decided. world sleeps far longer than
 * hello, so whatever reaches world first is the model's doing, and work wasted shows as the
 * hundreds of milliseconds world slept on for nothing.
 */
@ExtendWith(NoThreadLeftBehind.class)
class CompareCasesTest {

    /** Long enough for every model to have started world before hello decides, on a loaded machine too. */
    private static final TaskSpec HELLO = TaskSpec.hello(Duration.ofMillis(100));
    private static final TaskSpec WORLD = TaskSpec.world(Duration.ofMillis(700));
    private static final Duration DEADLINE = Duration.ofMillis(300);

    /** A reaction slower than this would not be cancellation but coincidence with world's own end. */
    private static final long PROMPT_MILLIS = 400;
    /** How far measured waste may stray from what the delays imply, on a loaded machine. */
    private static final long WASTE_SLACK_MILLIS = 150;

    /**
     * What each model does in each case. Wasted ms follow from the delays: world ran on from
     * hello's failure or win (100 ms) to its end (700 ms): 600; from the deadline (300 ms): 400;
     * sequential's world starts at 100 and ends at 800: 500 after the deadline; an ignored
     * interrupt at the start wastes hello's 100 and world's 700.
     */
    private static final String KNOWN = """
            model               | case           | outcome starts with                    | hello       | world         | left running | wasted ms
            structured          | gather         | [Hello, World]                         | -           | -             | -            | -
            structured-platform | gather         | [Hello, World]                         | -           | -             | -            | -
            virtual-executor    | gather         | [Hello, World]                         | -           | -             | -            | -
            platform-threads    | gather         | [Hello, World]                         | -           | -             | -            | -
            fixed-pool          | gather         | [Hello, World]                         | -           | -             | -            | -
            completable-future  | gather         | [Hello, World]                         | -           | -             | -            | -
            sequential          | gather         | [Hello, World]                         | -           | -             | -            | -
            structured          | gather-failure | StructuredTaskScope.FailedException    | -           | interrupted   | -            | 0
            structured-platform | gather-failure | StructuredTaskScope.FailedException    | -           | interrupted   | -            | 0
            virtual-executor    | gather-failure | ExecutionException                     | -           | ran_on        | -            | 600
            platform-threads    | gather-failure | ExecutionException                     | -           | interrupted   | -            | 0
            fixed-pool          | gather-failure | ExecutionException                     | -           | ran_on        | -            | 600
            completable-future  | gather-failure | CompletionException                    | -           | ran_on        | -            | 600
            sequential          | gather-failure | TaskFailedException                    | -           | never_started | -            | 0
            structured          | race           | Hello                                  | -           | interrupted   | -            | 0
            structured-platform | race           | Hello                                  | -           | interrupted   | -            | 0
            virtual-executor    | race           | Hello                                  | -           | interrupted   | -            | 0
            platform-threads    | race           | Hello                                  | -           | interrupted   | -            | 0
            fixed-pool          | race           | Hello                                  | -           | interrupted   | -            | 0
            completable-future  | race           | Hello                                  | -           | ran_on        | world        | 600
            sequential          | race           | Hello                                  | -           | never_started | -            | 0
            structured          | deadline       | StructuredTaskScope.TimeoutException   | -           | interrupted   | -            | 0
            structured-platform | deadline       | StructuredTaskScope.TimeoutException   | -           | interrupted   | -            | 0
            virtual-executor    | deadline       | CancellationException                  | -           | interrupted   | -            | 0
            platform-threads    | deadline       | TimeoutException                       | -           | interrupted   | -            | 0
            fixed-pool          | deadline       | CancellationException                  | -           | interrupted   | -            | 0
            completable-future  | deadline       | CompletionException (TimeoutException) | -           | ran_on        | world        | 400
            sequential          | deadline       | TimeoutException                       | -           | ran_on        | -            | 500
            structured          | interrupt      | InterruptedException                   | interrupted | interrupted   | -            | 0
            structured-platform | interrupt      | InterruptedException                   | interrupted | interrupted   | -            | 0
            virtual-executor    | interrupt      | InterruptedException                   | ran_on      | ran_on        | -            | 800
            platform-threads    | interrupt      | InterruptedException                   | interrupted | interrupted   | -            | 0
            fixed-pool          | interrupt      | InterruptedException                   | interrupted | interrupted   | -            | 0
            completable-future  | interrupt      | [Hello, World]                         | ran_on      | ran_on        | -            | 800
            sequential          | interrupt      | InterruptedException                   | interrupted | never_started | -            | 0
            """;

    private record Known(String model, Case kase, String outcome, String hello, String world, String leftRunning,
            String wastedMillis) {

        static Known parse(String row) {
            String[] cells = Arrays.stream(row.split("\\|")).map(String::strip).toArray(String[]::new);
            return new Known(cells[0], Case.byId(cells[1]), cells[2], cells[3], cells[4], cells[5], cells[6]);
        }
    }

    private static final Map<String, Known> EXPECTED = KNOWN.lines().skip(1).map(Known::parse)
            .collect(Collectors.toMap(known -> known.model() + "/" + known.kase().id(), Function.identity()));

    static Stream<Arguments> everyModelThroughEveryCase() {
        return Arrays.stream(Case.values())
                .flatMap(kase -> Models.all().stream().map(model -> Arguments.of(model.name(), kase)));
    }

    @Test
    void everyModelAndCaseHasItsKnownBehaviourWrittenDown() {
        List<String> missing = everyModelThroughEveryCase()
                .map(arguments -> arguments.get()[0] + "/" + ((Case) arguments.get()[1]).id())
                .filter(key -> !EXPECTED.containsKey(key)).toList();
        assertEquals(List.of(), missing, "write down what these do");
        assertEquals(Models.all().size() * Case.values().length, EXPECTED.size(), "rows for models that do not exist");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyModelThroughEveryCase")
    void eachModelDoesWhatItIsKnownToDo(String modelName, Case kase) throws Exception {
        Known known = Optional.ofNullable(EXPECTED.get(modelName + "/" + kase.id()))
                .orElseThrow(() -> new AssertionError("no known behaviour for " + modelName + "/" + kase.id()));
        ConcurrencyModel model = Models.named(modelName).orElseThrow();

        CaseResult result = new CaseRunner(DEADLINE, true).run(model, kase, kase.tasks(HELLO, WORLD));

        assertAll(
                () -> assertTrue(result.outcome().startsWith(known.outcome()), "outcome: " + result.outcome()),
                () -> assertFate(result, "hello", known.hello()),
                () -> assertFate(result, "world", known.world()),
                () -> assertEquals(known.leftRunning().equals("-") ? List.of() : List.of(known.leftRunning()),
                        result.leftRunning().stream().map(e -> e.task()).toList(), "left running when the call returned"),
                () -> assertWaste(result, known.wastedMillis()),
                () -> assertEquals(List.of(), result.threads().orElseThrow().alive(), "threads of the run still alive at the end"),
                () -> assertFalse(Thread.currentThread().isInterrupted(), "the caller's interrupt status is cleared"));
    }

    private static void assertFate(CaseResult result, String task, String expected) {
        Optional<SiblingFate> fate = result.siblings().stream().filter(s -> s.task().equals(task)).findFirst();
        if (expected.equals("-")) {
            assertTrue(fate.isEmpty(), task + " should not be a sibling still unfinished at the decision: " + fate);
            return;
        }
        Fate expectedFate = Fate.valueOf(expected.toUpperCase(java.util.Locale.ROOT));
        SiblingFate actual = fate.orElseThrow(() -> new AssertionError(task + " has no fate in " + result.siblings()));
        assertEquals(expectedFate, actual.fate(), task + ": " + result.aftermath());
        if (expectedFate == Fate.INTERRUPTED) {
            assertTrue(actual.reactionMillis() < PROMPT_MILLIS,
                    task + " interrupted only " + actual.reactionMillis() + " ms after the decision");
        }
    }

    private static void assertWaste(CaseResult result, String expected) {
        if (expected.equals("-")) {
            assertTrue(result.decidedAtNanos().isEmpty(), "nothing decides a plain gather: " + result.aftermath());
            return;
        }
        long wasted = result.wastedMillis();
        long wanted = Long.parseLong(expected);
        assertTrue(Math.abs(wasted - wanted) <= (wanted == 0 ? PROMPT_MILLIS / 4 : WASTE_SLACK_MILLIS),
                "wasted " + wasted + " ms, the delays imply " + wanted + ": " + result.aftermath());
    }
}
