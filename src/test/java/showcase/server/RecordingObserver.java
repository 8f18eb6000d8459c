package showcase.server;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import showcase.observe.EventRecorder;

/** Keeps every request's start and end, and lets a test wait for them instead of sleeping. */
final class RecordingObserver implements RequestObserver {

    record Start(String requestId, String target, Thread thread, EventRecorder tasks, long nanos) {
    }

    private final Queue<Start> starts = new ConcurrentLinkedQueue<>();
    private final Queue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    @Override
    public void started(String requestId, String target, Thread thread, EventRecorder tasks) {
        starts.add(new Start(requestId, target, thread, tasks, System.nanoTime()));
        signal();
    }

    @Override
    public void ended(Exchange exchange) {
        exchanges.add(exchange);
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code count} requests whose target starts with {@code prefix} have started. */
    void awaitStarts(String prefix, int count) throws InterruptedException {
        await(() -> starts.stream().filter(start -> start.target().startsWith(prefix)).count() >= count,
                count + " starts of " + prefix);
    }

    void awaitEnds(String prefix, int count) throws InterruptedException {
        await(() -> exchanges(prefix).size() >= count, count + " ends of " + prefix);
    }

    List<Exchange> exchanges(String prefix) {
        return exchanges.stream().filter(exchange -> exchange.target().startsWith(prefix)).toList();
    }

    Exchange exchange(String requestId) {
        return exchanges.stream().filter(exchange -> exchange.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("no exchange " + requestId + " in " + exchanges));
    }

    /** The first request whose target starts with {@code prefix}, once it has started. */
    Start first(String prefix) throws InterruptedException {
        awaitStarts(prefix, 1);
        return starts.stream().filter(start -> start.target().startsWith(prefix)).findFirst().orElseThrow();
    }

    private void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long remaining = Duration.ofSeconds(20).toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                if (remaining <= 0) {
                    throw new AssertionError("waited 20 s for " + what + "; started " + starts + ", ended " + exchanges);
                }
                remaining = changed.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

}
