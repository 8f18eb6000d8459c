package showcase.demo.scale;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N copies of one task that sleeps, for a model's {@code all}. The list holds the same task N
 * times and the task allocates nothing, so every byte a million of them cost is the model's:
 * no name, no event record per task, only three counters. The instant the N-th task starts
 * ends the fork phase; the gather's return ends the join phase.
 *
 * <p>The compiled frames a task sleeps in are copied into every sleeping thread's stack chunk,
 * so the task's shape was measured (class histogram, a million asleep): as a
 * {@code Callable<Void>}, with its bridge method, it made chunks 48 bytes larger;
 * {@code LongAdder}s inline more code into the frame that sleeps, and C2 then chose the larger
 * of its two layouts (312 bytes a chunk against 280) in 4 runs out of 6, against 3 out of 12
 * with plain atomic counters. A bare lambda that only sleeps makes 264-byte chunks.
 */
final class SleepingTasks implements Callable<Object> {

    private final int count;
    private final Duration sleep;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger onVirtualThreads = new AtomicInteger();
    private volatile long allStartedNanos;

    SleepingTasks(int count, Duration sleep) {
        this.count = count;
        this.sleep = sleep;
    }

    /** This task N times; itself rather than a lambda calling it, one frame less in every sleeping thread's stack. */
    List<Callable<Object>> asList() {
        return Collections.nCopies(count, this);
    }

    @Override
    public Object call() throws InterruptedException {
        if (Thread.currentThread().isVirtual()) {
            onVirtualThreads.incrementAndGet();
        }
        if (started.incrementAndGet() == count) {
            allStartedNanos = System.nanoTime();
        }
        Thread.sleep(sleep);
        completed.incrementAndGet();
        return null;
    }

    int count() {
        return count;
    }

    int started() {
        return started.get();
    }

    int completed() {
        return completed.get();
    }

    /** Tasks that ran on a virtual thread: each on its own, since virtual threads are never pooled. */
    int onVirtualThreads() {
        return onVirtualThreads.get();
    }

    /** When the last task started ({@link System#nanoTime()}), or 0 if not all have. */
    long allStartedNanos() {
        return allStartedNanos;
    }
}
