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
 */
final class SleepingTasks {

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

    List<Callable<Void>> asList() {
        return Collections.nCopies(count, this::sleep);
    }

    private Void sleep() throws InterruptedException {
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
