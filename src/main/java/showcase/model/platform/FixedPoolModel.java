package showcase.model.platform;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import showcase.model.ConcurrencyModel;
import showcase.model.Futures;

/**
 * The classic bounded pool: a fixed number of platform threads take turns at the tasks, so at
 * most that many run at once. {@code invokeAny} and a timed {@code invokeAll} cancel what is left
 * unfinished, interrupting its thread, but a failing task does not stop the others:
 * {@code invokeAll} waits for all of them.
 */
public final class FixedPoolModel implements ConcurrencyModel {

    private final int threads;

    public FixedPoolModel(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "fixed-pool";
    }

    /** How many tasks run at once, at most. */
    public int threads() {
        return threads;
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return Futures.getAll(pool.invokeAll(tasks));
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return pool.invokeAny(tasks);
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws ExecutionException, InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return Futures.getAll(pool.invokeAll(tasks, deadline.toNanos(), NANOSECONDS));
        }
    }
}
