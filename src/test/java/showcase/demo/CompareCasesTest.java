package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.observe.SiblingFate;
import showcase.observe.SiblingFate.Fate;
import showcase.tasks.TaskSpec;
import showcase.testing.NoThreadLeftBehind;

/**
 * Every model through every case, each row checked against what that model is known to do. The
 * fates come from recorded events: "interrupted" means the task's own thread saw the interrupt.
 * world sleeps far longer than hello, so whatever reaches world first is the model's doing.
 */
@ExtendWith(NoThreadLeftBehind.class)
class CompareCasesTest {

    private static final TaskSpec HELLO = TaskSpec.hello(Duration.ofMillis(40));
    private static final TaskSpec WORLD = TaskSpec.world(Duration.ofMillis(600));
    private static final Duration DEADLINE = Duration.ofMillis(250);

    /** A reaction slower than this would not be cancellation but coincidence with world's own end. */
    private static final long PROMPT_MILLIS = 400;

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # model             | case           | outcome starts with                   | hello         | world         | left running
            structured          | gather         | [Hello, World]                        | -             | -             |
            structured-platform | gather         | [Hello, World]                        | -             | -             |
            virtual-executor    | gather         | [Hello, World]                        | -             | -             |
            platform-threads    | gather         | [Hello, World]                        | -             | -             |
            fixed-pool          | gather         | [Hello, World]                        | -             | -             |
            completable-future  | gather         | [Hello, World]                        | -             | -             |
            sequential          | gather         | [Hello, World]                        | -             | -             |
            structured          | gather-failure | StructuredTaskScope.FailedException   | -             | interrupted   |
            structured-platform | gather-failure | StructuredTaskScope.FailedException   | -             | interrupted   |
            virtual-executor    | gather-failure | ExecutionException                    | -             | ran_on        |
            platform-threads    | gather-failure | ExecutionException                    | -             | interrupted   |
            fixed-pool          | gather-failure | ExecutionException                    | -             | ran_on        |
            completable-future  | gather-failure | CompletionException                   | -             | ran_on        |
            sequential          | gather-failure | TaskFailedException                   | -             | never_started |
            structured          | race           | Hello                                 | -             | interrupted   |
            structured-platform | race           | Hello                                 | -             | interrupted   |
            virtual-executor    | race           | Hello                                 | -             | interrupted   |
            platform-threads    | race           | Hello                                 | -             | interrupted   |
            fixed-pool          | race           | Hello                                 | -             | interrupted   |
            completable-future  | race           | Hello                                 | -             | ran_on        | world
            sequential          | race           | Hello                                 | -             | never_started |
            structured          | deadline       | StructuredTaskScope.TimeoutException  | -             | interrupted   |
            structured-platform | deadline       | StructuredTaskScope.TimeoutException  | -             | interrupted   |
            virtual-executor    | deadline       | CancellationException                 | -             | interrupted   |
            platform-threads    | deadline       | TimeoutException                      | -             | interrupted   |
            fixed-pool          | deadline       | CancellationException                 | -             | interrupted   |
            completable-future  | deadline       | CompletionException (TimeoutException)| -             | ran_on        | world
            sequential          | deadline       | TimeoutException                      | -             | ran_on        |
            structured          | interrupt      | InterruptedException                  | interrupted   | interrupted   |
            structured-platform | interrupt      | InterruptedException                  | interrupted   | interrupted   |
            virtual-executor    | interrupt      | InterruptedException                  | ran_on        | ran_on        |
            platform-threads    | interrupt      | InterruptedException                  | interrupted   | interrupted   |
            fixed-pool          | interrupt      | InterruptedException                  | interrupted   | interrupted   |
            completable-future  | interrupt      | [Hello, World]                        | ran_on        | ran_on        |
            sequential          | interrupt      | InterruptedException                  | interrupted   | never_started |
            """)
    void eachModelDoesWhatItIsKnownToDo(String modelName, String caseId, String outcome, String hello, String world,
            String leftRunning) throws Exception {
        ConcurrencyModel model = Models.named(modelName).orElseThrow();
        Case kase = Case.byId(caseId);

        CaseResult result = new CaseRunner(DEADLINE, true).run(model, kase, kase.tasks(HELLO, WORLD));

        assertAll(
                () -> assertTrue(result.outcome().startsWith(outcome), "outcome: " + result.outcome()),
                () -> assertFate(result, "hello", hello),
                () -> assertFate(result, "world", world),
                () -> assertEquals(leftRunning == null ? List.of() : List.of(leftRunning),
                        result.leftRunning().stream().map(e -> e.task()).toList(), "left running when the call returned"),
                () -> assertEquals(List.of(), result.threads().orElseThrow().alive(), "threads of the run still alive at the end"),
                () -> assertEquals(Thread.currentThread().isInterrupted(), false, "the caller's interrupt status is cleared"));
    }

    private static void assertFate(CaseResult result, String task, String expected) {
        Optional<SiblingFate> fate = result.siblings().stream().filter(s -> s.task().equals(task)).findFirst();
        if (expected.equals("-")) {
            assertTrue(fate.isEmpty(), task + " should not be a sibling still unfinished at the decision: " + fate);
            return;
        }
        Fate expectedFate = Arrays.stream(Fate.values())
                .filter(f -> f.name().equalsIgnoreCase(expected)).findFirst().orElseThrow();
        SiblingFate actual = fate.orElseThrow(() -> new AssertionError(task + " has no fate in " + result.siblings()));
        assertEquals(expectedFate, actual.fate(), task + ": " + result.aftermath());
        switch (expectedFate) {
            case INTERRUPTED -> assertTrue(actual.reactionMillis() < PROMPT_MILLIS,
                    task + " interrupted only " + actual.reactionMillis() + " ms after the decision");
            case RAN_ON -> assertTrue(actual.wastedNanos() > 0, task + " ran on, so work was wasted");
            case NEVER_STARTED -> assertEquals(0, actual.wastedNanos());
            case STILL_RUNNING -> throw new AssertionError("every task ends before the runner returns");
        }
    }
}
