package showcase.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import showcase.model.ConcurrencyModel;
import showcase.tasks.TaskSpec;
import showcase.values.KebabCaseId;

/**
 * One situation the seed's {@code asyncio.gather} says nothing about, run against every model:
 * what happens when a task fails, when a race is won, when the deadline passes, when the caller
 * is interrupted. Each case decides its run's outcome at one moment; {@link CaseRunner} measures
 * what the model did with the unfinished tasks after it.
 */
public enum Case implements KebabCaseId {

    /** all(): both tasks succeed; nothing is cancelled. */
    GATHER,
    /** all(): hello fails once its delay is over; world, if still running, should be cancelled. */
    GATHER_FAILURE,
    /** any(): the first success wins, the other should be cancelled. */
    RACE,
    /** all() with a deadline: what is unfinished at the deadline should be cancelled. */
    DEADLINE,
    /** all(), with the caller interrupted once the tasks run (what Ctrl-C does). */
    INTERRUPT;

    public static Case byId(String id) {
        return KebabCaseId.byIdOrUnknown(Case.class, "case", id);
    }

    /**
     * What the case sets up with these delays and what should follow, in words that hold for any
     * delays: {@code any(): hello (100 ms) races world (200 ms): hello should win, world be cancelled}.
     */
    public String heading(TaskSpec hello, TaskSpec world, Duration deadline) {
        long h = hello.delay().toMillis();
        long w = world.delay().toMillis();
        long d = deadline.toMillis();
        return switch (this) {
            case GATHER -> "all(): hello (" + h + " ms) and world (" + w + " ms) both succeed";
            case GATHER_FAILURE -> h < w
                    ? "all(): hello fails after " + h + " ms while world (" + w + " ms) sleeps: world should be cancelled"
                    : h == w
                    ? "all(): hello fails after " + h + " ms, as world (" + w + " ms) ends: world may or may not be left to cancel"
                    : "all(): hello fails after " + h + " ms, when world (" + w + " ms) has ended: nothing to cancel";
            case RACE -> h == w
                    ? "any(): hello and world both take " + h + " ms: either may win, the other should be cancelled"
                    : "any(): hello (" + h + " ms) races world (" + w + " ms): " + (h < w ? "hello" : "world")
                            + " should win, " + (h < w ? "world" : "hello") + " be cancelled";
            // A task starts after the call does and sleeps at least its delay: a deadline equal to it comes first.
            case DEADLINE -> d <= Math.max(h, w)
                    ? "all() with a " + d + " ms deadline, hello " + h + " ms, world " + w + " ms: "
                            + (d <= Math.min(h, w) ? "both are" : (h < w ? "world is" : "hello is"))
                            + " unfinished at it and should be cancelled"
                    : "all() with a " + d + " ms deadline, after both tasks end (" + Math.max(h, w)
                            + " ms): nothing to cancel";
            case INTERRUPT -> "all(), and the caller is interrupted once the tasks run: they should be cancelled";
        };
    }

    /** The case's two tasks: the seed's, with hello failing in {@link #GATHER_FAILURE}. */
    public List<TaskSpec> tasks(TaskSpec hello, TaskSpec world) {
        return List.of(this == GATHER_FAILURE ? hello.failing() : hello, world);
    }

    /** Calls the model the way this case asks. */
    Object call(ConcurrencyModel model, List<Callable<String>> tasks, Duration deadline) throws Exception {
        return switch (this) {
            case RACE -> model.any(tasks);
            case DEADLINE -> model.all(tasks, deadline);
            case GATHER, GATHER_FAILURE, INTERRUPT -> model.all(tasks);
        };
    }
}
