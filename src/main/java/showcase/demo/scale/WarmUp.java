package showcase.demo.scale;

import java.time.Duration;
import showcase.model.structured.StructuredScopeModel;

/**
 * Wakes 20,000 sleeping virtual threads before the measured run, so that C2 compiles
 * {@code VirtualThread.sleepNanos} having seen sleepers wake. Without it, C2 compiles the method
 * while the first sleepers are still going to sleep and none has woken: the loop's exit becomes
 * an uncommon trap, and every one of the million frames frozen in that code deoptimises on its
 * own when it wakes ({@code jdk.Deoptimization}, {@code unstable_if}), one trap per task. The
 * round runs the very task code the measured run will, so its frames are compiled before the
 * first of the million is frozen, and compiled frames make smaller stack chunks.
 */
final class WarmUp {

    static final int TASKS = 20_000;
    private static final Duration SLEEP = Duration.ofMillis(1);

    private WarmUp() {
    }

    static void run() throws InterruptedException {
        StructuredScopeModel.virtual().all(new SleepingTasks(TASKS, SLEEP).asList());
    }
}
