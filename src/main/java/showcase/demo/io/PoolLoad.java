package showcase.demo.io;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import showcase.io.Database;
import showcase.io.Database.PoolCounts;
import showcase.observe.Latencies;

/**
 * Many requests at once, each one query through a pool of ten connections, and where each one
 * waited: at the door (for a thread of the executor) or in the pool (for a connection). A request
 * that may not wait longer is refused, by Hikari's timeout or by a bulkhead's, and the first
 * refusal is kept as the library threw it.
 */
final class PoolLoad {

    /** One way of serving the load, as measured; latencies in the load's own histograms. */
    record Row(String how, int requests, long answered, long refused, long wallMillis, Latencies door,
            Latencies pool, Latencies answers, Latencies refusals, Optional<String> firstRefusal, PoolCounts after) {

        double answeredPerSecond() {
            return wallMillis == 0 ? 0 : answered * 1_000.0 / wallMillis;
        }
    }

    private PoolLoad() {
    }

    /**
     * Sends {@code requests} through {@code door} at once, each a {@code query}-long query, and
     * waits for all of them; interrupted, the executor's {@code close()} interrupts them and waits.
     */
    static Row run(String how, Supplier<ExecutorService> door, Database db, int requests, Duration query,
            Optional<Io.Bulkhead> bulkhead) throws InterruptedException {
        var doorWaits = new Latencies();
        var poolWaits = new Latencies();
        var answers = new Latencies();
        var refusals = new Latencies();
        var answered = new LongAdder();
        var refused = new LongAdder();
        var firstRefusal = new AtomicReference<String>();
        Optional<Semaphore> permits = bulkhead.map(b -> new Semaphore(b.permits(), true));
        long start = System.nanoTime();
        try (ExecutorService executor = door.get()) {
            for (int i = 0; i < requests; i++) {
                long submitted = System.nanoTime();
                executor.execute(() -> {
                    long started = System.nanoTime();
                    doorWaits.record(started - submitted);
                    try {
                        if (permits.isPresent()
                                && !permits.get().tryAcquire(bulkhead.get().patience().toNanos(), TimeUnit.NANOSECONDS)) {
                            refused.increment();
                            refusals.record(System.nanoTime() - submitted);
                            firstRefusal.compareAndSet(null, "bulkhead full: 503 after " + bulkhead.get().patience().toMillis() + " ms");
                            return;
                        }
                        long asked = System.nanoTime();
                        try {
                            db.sleep(query, pid -> poolWaits.record(System.nanoTime() - asked));
                            answered.increment();
                            answers.record(System.nanoTime() - submitted);
                        } finally {
                            permits.ifPresent(Semaphore::release);
                        }
                    } catch (SQLException e) {
                        refused.increment();
                        refusals.record(System.nanoTime() - submitted);
                        firstRefusal.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted while " + how + " served the load");
        }
        return new Row(how, requests, answered.sum(), refused.sum(), wall, doorWaits, poolWaits, answers, refusals,
                Optional.ofNullable(firstRefusal.get()), db.counts());
    }
}
