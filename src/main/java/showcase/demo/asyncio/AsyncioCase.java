package showcase.demo.asyncio;

import java.time.Duration;
import java.util.List;
import showcase.demo.Case;
import showcase.values.KebabCaseId;

/**
 * The cases in which asyncio's idioms are set beside Java's: each pairs one program of
 * {@code src/asyncio} with the model that is its closest Java twin and the {@code compare} case
 * that model runs. A failing {@code gather} is paired with {@code completable-future}, since
 * neither cancels the sibling; a failing {@code TaskGroup} with {@code structured}, since both do.
 */
public enum AsyncioCase implements KebabCaseId {

    GATHER("hello.py", Case.GATHER, "structured",
            "StructuredTaskScope with Joiner.allSuccessfulOrThrow()"),
    GATHER_FAILURE("gather_failure.py", Case.GATHER_FAILURE, "completable-future",
            "CompletableFuture.allOf(hello, world).join()"),
    TASKGROUP_FAILURE("taskgroup_failure.py", Case.GATHER_FAILURE, "structured",
            "StructuredTaskScope with Joiner.allSuccessfulOrThrow()"),
    RACE("race.py", Case.RACE, "structured",
            "StructuredTaskScope with Joiner.anySuccessfulResultOrThrow()"),
    DEADLINE("deadline.py", Case.DEADLINE, "structured",
            "StructuredTaskScope with Configuration.withTimeout(deadline)"),
    INTERRUPT("interrupt.py", Case.INTERRUPT, "structured",
            "Thread.interrupt() while scope.join() waits");

    private final String program;
    private final Case javaCase;
    private final String javaModel;
    private final String javaIdiom;

    AsyncioCase(String program, Case javaCase, String javaModel, String javaIdiom) {
        this.program = program;
        this.javaCase = javaCase;
        this.javaModel = javaModel;
        this.javaIdiom = javaIdiom;
    }

    /** The Python program, a file of {@code src/asyncio}. */
    public String program() {
        return program;
    }

    /** The {@code compare} case the Java side runs. */
    public Case javaCase() {
        return javaCase;
    }

    /** The name of the model the Java side runs. */
    public String javaModel() {
        return javaModel;
    }

    /** What the Java side calls, in the words its log begins with. */
    public String javaIdiom() {
        return javaIdiom;
    }

    public static List<String> ids() {
        return KebabCaseId.ids(AsyncioCase.class);
    }

    public static AsyncioCase byId(String id) {
        return KebabCaseId.byIdOrUnknown(AsyncioCase.class, "asyncio case", id);
    }

    /** The two idioms and the set-up, with these delays: a heading that claims nothing the run has not shown. */
    public String heading(Duration hello, Duration world, Duration deadline) {
        long h = hello.toMillis();
        long w = world.toMillis();
        return switch (this) {
            case GATHER -> "asyncio.gather beside StructuredTaskScope: the seed, hello " + h + " ms and world " + w + " ms";
            case GATHER_FAILURE -> "asyncio.gather beside CompletableFuture.allOf: hello fails after " + h
                    + " ms, world sleeps " + w + " ms";
            case TASKGROUP_FAILURE -> "asyncio.TaskGroup beside StructuredTaskScope: hello fails after " + h
                    + " ms, world sleeps " + w + " ms";
            case RACE -> "asyncio.wait(FIRST_COMPLETED) beside anySuccessfulResultOrThrow: hello (" + h
                    + " ms) races world (" + w + " ms)";
            case DEADLINE -> "asyncio.timeout beside Configuration.withTimeout: a " + deadline.toMillis()
                    + " ms deadline, hello " + h + " ms, world " + w + " ms";
            case INTERRUPT -> "Ctrl-C beside Thread.interrupt(): the caller is interrupted once hello and world run";
        };
    }
}
