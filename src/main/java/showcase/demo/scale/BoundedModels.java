package showcase.demo.scale;

import java.time.Duration;
import java.util.Optional;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.model.platform.FixedPoolModel;
import showcase.model.sequential.SequentialModel;
import showcase.values.Counts;
import showcase.values.Durations;

/**
 * The models that run only so many tasks at a time (a fixed pool as many as its threads,
 * sequential one), so that N sleeps of D take them at least N / that many × D. Said before such a
 * model starts, so that nobody waits out the timeout wondering why.
 */
final class BoundedModels {

    private BoundedModels() {
    }

    /** Why {@code model} will stop at the timeout before N sleeps are done; empty if it may finish. */
    static Optional<String> pastTheTimeout(String model, long tasks, Duration sleep, Duration timeout) {
        Optional<Integer> bound = Models.named(model).flatMap(BoundedModels::atATime);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        int atATime = bound.get();
        Duration least = sleep.multipliedBy((tasks + atATime - 1) / atATime);
        return least.compareTo(timeout) <= 0 ? Optional.empty()
                : Optional.of(model + " runs " + atATime + " task" + (atATime == 1 ? "" : "s") + " at a time: "
                        + Counts.format(tasks) + " sleeps of " + Durations.format(sleep) + " take it at least " + roughly(least)
                        + ", so --timeout " + Durations.format(timeout) + " stops it first");
    }

    private static Optional<Integer> atATime(ConcurrencyModel model) {
        return switch (model) {
            case FixedPoolModel pool -> Optional.of(pool.threads());
            case SequentialModel _ -> Optional.of(1);
            default -> Optional.empty();
        };
    }

    // Whole seconds, rounded down so that "at least" stays true.
    private static String roughly(Duration least) {
        return least.toSeconds() > 0 ? Counts.format(least.toSeconds()) + " s" : least.toMillis() + " ms";
    }
}
