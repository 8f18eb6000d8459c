package showcase.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import showcase.model.ConcurrencyModel;
import showcase.tasks.TaskSpec;

/**
 * One situation the seed's {@code asyncio.gather} says nothing about, run against every model:
 * what happens when a task fails, when a race is won, when the deadline passes, when the caller
 * is interrupted. Each case decides its run's outcome at one moment; {@link CaseRunner} measures
 * what the model did with the unfinished tasks after it.
 */
public enum Case {

    /** all(): both tasks succeed; nothing is cancelled. */
    GATHER("gather", "all(): both tasks succeed"),
    /** all(): hello fails once its delay is over, while world still sleeps. */
    GATHER_FAILURE("gather-failure", "all(): hello fails after its delay, world should be cancelled"),
    /** any(): the first success wins, the loser should be cancelled. */
    RACE("race", "any(): hello wins the race, world should be cancelled"),
    /** all() with a deadline between the two delays: world should be cancelled at the deadline. */
    DEADLINE("deadline", "all() with a deadline: world is unfinished at the deadline"),
    /** all(), with the caller interrupted once the tasks run (what Ctrl-C does). */
    INTERRUPT("interrupt", "all(), and the caller is interrupted once the tasks run");

    private final String id;
    private final String description;

    Case(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Case::id).toList();
    }

    public static Case byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown case '" + id + "': choose one of " + String.join(", ", ids()) + ", all"));
    }

    /** The case's two tasks: the seed's, with hello failing in {@link #GATHER_FAILURE}. */
    List<TaskSpec> tasks(TaskSpec hello, TaskSpec world) {
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
