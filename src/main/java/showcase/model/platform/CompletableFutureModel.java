package showcase.model.platform;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import showcase.model.ConcurrencyModel;

/**
 * {@code CompletableFuture} on a platform thread per task: {@code allOf} waits for every future
 * even after one has failed, and {@code cancel(true)} only completes a future, it never
 * interrupts the task behind it. The executor is shut down without waiting, so whatever the call
 * abandoned keeps running after it returns.
 */
public final class CompletableFutureModel implements ConcurrencyModel {

    @Override
    public String name() {
        return "completable-future";
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) {
        ExecutorService executor = newExecutor();
        try {
            List<CompletableFuture<T>> futures = supplyAll(tasks, executor);
            CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new)).join();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            executor.shutdown();
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) {
        ExecutorService executor = newExecutor();
        List<CompletableFuture<T>> futures = supplyAll(tasks, executor);
        try {
            @SuppressWarnings("unchecked") // anyOf completes with the winner's value, typed Object
            T winner = (T) CompletableFuture.anyOf(futures.toArray(CompletableFuture<?>[]::new)).join();
            return winner;
        } finally {
            futures.forEach(future -> future.cancel(true));
            executor.shutdown();
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) {
        ExecutorService executor = newExecutor();
        List<CompletableFuture<T>> futures = supplyAll(tasks, executor);
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new))
                    .orTimeout(deadline.toNanos(), NANOSECONDS)
                    .join();
            return futures.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException timedOutOrFailed) {
            futures.forEach(future -> future.cancel(true));
            throw timedOutOrFailed;
        } finally {
            executor.shutdown();
        }
    }

    private static <T> List<CompletableFuture<T>> supplyAll(List<Callable<T>> tasks, Executor executor) {
        return tasks.stream()
                .map(task -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, executor))
                .toList();
    }

    // Not the default common pool: its threads are shared, and on a 2-core machine CompletableFuture
    // replaces it with a thread per task anyway. An executor of its own lets the log name them.
    private static ExecutorService newExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("completable-future-", 0).factory());
    }
}
