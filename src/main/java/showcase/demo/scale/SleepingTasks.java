package showcase.demo.scale;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * N copies of one task that sleeps, for a model's {@code all}. The list holds the same task N
 * times and the task allocates nothing, so every byte a million of them cost is the model's:
 * no name, no event record per task, only three counters. The instant the N-th task starts
 * ends the fork phase; the gather's return ends the join phase. Only that count needs to be
 * exact as it happens; the other two are {@link LongAdder}s, which the carriers bump without
 * contending for one cache line.
 */
final class SleepingTasks implements Callable<Void> {

    private final int count;
    private final Duration sleep;
    private final AtomicInteger started = new AtomicInteger();
    private final LongAdder completed = new LongAdder();
    private final LongAdder onVirtualThreads = new LongAdder();
    private volatile long allStartedNanos;

    SleepingTasks(int count, Duration sleep) {
        this.count = count;
        this.sleep = sleep;
    }

    /** This task N times; itself rather than a lambda calling it, one frame less in every sleeping thread's stack. */
    List<Callable<Void>> asList() {
        return Collections.nCopies(count, this);
    }

    @Override
    public Void call() throws InterruptedException {
        if (Thread.currentThread().isVirtual()) {
            onVirtualThreads.increment();
        }
        if (started.incrementAndGet() == count) {
            allStartedNanos = System.nanoTime();
        }
        Thread.sleep(sleep);
        completed.increment();
        return null;
    }

    int count() {
        return count;
    }

    int started() {
        return started.get();
    }

    int completed() {
        return completed.intValue();
    }

    /** Tasks that ran on a virtual thread: each on its own, since virtual threads are never pooled. */
    int onVirtualThreads() {
        return onVirtualThreads.intValue();
    }

    /** When the last task started ({@link System#nanoTime()}), or 0 if not all have. */
    long allStartedNanos() {
        return allStartedNanos;
    }
}
