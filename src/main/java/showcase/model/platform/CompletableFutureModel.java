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
import java.util.concurrent.ThreadFactory;
import showcase.model.ConcurrencyModel;

/**
 * {@code CompletableFuture} on a platform thread per task: {@code allOf} waits for every future
 * even after one has failed, {@code join()} ignores the caller's interrupt, and
 * {@code cancel(true)} only completes a future, it never interrupts the task behind it. The
 * executor is shut down without waiting, so whatever the call abandoned keeps running after it
 * returns.
 */
public final class CompletableFutureModel implements ConcurrencyModel {

    private final ThreadFactory threads;

    public CompletableFutureModel(ThreadFactory threads) {
        this.threads = threads;
    }

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

    // A Supplier cannot throw checked exceptions: they travel wrapped in CompletionException, and an
    // interrupt is passed on to the thread rather than swallowed.
    private static <T> List<CompletableFuture<T>> supplyAll(List<Callable<T>> tasks, Executor executor) {
        return tasks.stream()
                .map(task -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.call();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CompletionException(e);
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, executor))
                .toList();
    }

    // Not the default async pool: on a machine with fewer than three cores it is a new thread per
    // task, on a larger one the shared common pool. A thread per task of our own is the same on both.
    private ExecutorService newExecutor() {
        return Executors.newThreadPerTaskExecutor(threads);
    }
}
