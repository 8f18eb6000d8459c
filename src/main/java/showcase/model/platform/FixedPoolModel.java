package showcase.model.platform;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import showcase.model.ConcurrencyModel;
import showcase.model.Futures;

/**
 * The classic bounded pool: a fixed number of platform threads take turns at the tasks, so at
 * most that many run at once. {@code invokeAny} and a timed {@code invokeAll} interrupt what is
 * left unfinished, but a failing task does not stop the others: {@code invokeAll} waits for all.
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

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService pool = newPool()) {
            return Futures.getAll(pool.invokeAll(tasks));
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService pool = newPool()) {
            return pool.invokeAny(tasks);
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (ExecutorService pool = newPool()) {
            return Futures.getAllBeforeDeadline(pool.invokeAll(tasks, deadline.toNanos(), NANOSECONDS), deadline);
        }
    }

    // The pool lives as long as one call, so none of its threads outlives the job.
    private ExecutorService newPool() {
        return Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("fixed-pool-", 0).factory());
    }
}
