package showcase.demo.scale;

import java.time.Duration;
import showcase.model.structured.StructuredScopeModel;
import showcase.values.Counts;
import showcase.values.Durations;

/**
 * Wakes 20,000 sleeping virtual threads before the measured run, so that C2 compiles
 * {@code VirtualThread.sleepNanos} having seen sleepers wake. Without it, C2 compiles the method
 * while the first sleepers are still going to sleep and none has woken: the loop's exit becomes
 * an uncommon trap, and every one of the million frames frozen in that code deoptimises on its
 * own when it wakes ({@code jdk.Deoptimization}, {@code unstable_if}), one trap per task. The
 * rounds run the very task code the measured run will, so its frames are compiled before the
 * first of the million is frozen, and compiled frames make smaller stack chunks. Twenty rounds
 * of 1,000, not one of 20,000, so that the task's branch for the last start is taken before C2
 * compiles the task: in one round C2 compiled it first, trapped at the 20,000th start (in 6 runs
 * out of 6), and the million then froze in recompiled frames, 312 bytes a chunk where the rounds
 * mostly give 280.
 */
public final class WarmUp {

    private static final int TASKS = 20_000;
    private static final int ROUNDS = 20;
    private static final Duration SLEEP = Duration.ofMillis(1);

    private WarmUp() {
    }

    /** What the warm-up runs, for the help: {@code 20 rounds of 1,000 tasks sleeping 1ms}. */
    public static String describe() {
        return ROUNDS + " rounds of " + Counts.format(TASKS / ROUNDS) + " tasks sleeping " + Durations.format(SLEEP);
    }

    static void run() throws InterruptedException {
        for (int round = 0; round < ROUNDS; round++) {
            StructuredScopeModel.virtual().all(new SleepingTasks(TASKS / ROUNDS, SLEEP).asList());
        }
    }
}
