package showcase.model.virtual;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import showcase.model.ConcurrencyModel;
import showcase.model.Futures;

/**
 * A new virtual thread per task behind the familiar {@code ExecutorService} (JEP 444): threads
 * are cheap, but nothing is structured. When one task fails, the caller learns it from
 * {@code get()}, while the others run on and {@code close()} waits for them. A timed
 * {@code invokeAll} cancels what is unfinished at the deadline, and {@code get()} on such a task
 * throws {@code CancellationException}.
 */
public final class VirtualExecutorModel implements ConcurrencyModel {

    @Override
    public String name() {
        return "virtual-executor";
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(executor.submit(task));
            }
            return Futures.getAll(futures);
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return executor.invokeAny(tasks);
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws ExecutionException, InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return Futures.getAll(executor.invokeAll(tasks, deadline.toNanos(), NANOSECONDS));
        }
    }
}
