package showcase.demo.scale;

import java.util.OptionalLong;

/**
 * One model at one N, as its child JVM measured it. Figures a child could not give (killed
 * before its last line, no {@code /proc} off Linux) are empty.
 *
 * @param started tasks that started; with {@code completed}, the progress a limit or timeout stopped at
 * @param wallMillis the gather: from the call to the model's {@code all} to its return (or the limit, or the timeout)
 * @param forkMillis until the last task started; empty if not all did
 * @param jvm what the child JVM itself went through
 */
record ScaleRow(String model, long tasks, long sleepMillis, Status status, String reason, long started,
        long completed, OptionalLong virtualThreads, OptionalLong wallMillis, OptionalLong forkMillis,
        OptionalLong baselineRssBytes, OptionalLong peakRssBytes, OptionalLong peakPlatformThreads, int threadCap,
        ChildJvmFigures jvm) {

    OptionalLong joinMillis() {
        return wallMillis.isPresent() && forkMillis.isPresent()
                ? OptionalLong.of(wallMillis.getAsLong() - forkMillis.getAsLong()) : OptionalLong.empty();
    }

    /** Completed tasks per second of the gather. */
    OptionalLong tasksPerSecond() {
        return wallMillis.isPresent() && wallMillis.getAsLong() > 0
                ? OptionalLong.of(completed * 1000 / wallMillis.getAsLong()) : OptionalLong.empty();
    }

    /**
     * Peak resident memory over the child's idle baseline, per task that started; not for a run
     * stopped at the timeout, whose tasks had mostly ended and whose few left say nothing per task.
     */
    OptionalLong bytesPerTask() {
        return status != Status.TIMEOUT && peakRssBytes.isPresent() && baselineRssBytes.isPresent() && started > 0
                ? OptionalLong.of(Math.max(0, peakRssBytes.getAsLong() - baselineRssBytes.getAsLong()) / started)
                : OptionalLong.empty();
    }
}
