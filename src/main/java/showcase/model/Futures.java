package showcase.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Reads futures as {@code ExecutorService} callers do: {@code get()} each in task order, so the
 * first failure in that order surfaces as {@link ExecutionException}.
 */
public final class Futures {

    private Futures() {
    }

    public static <T> List<T> getAll(List<Future<T>> futures) throws ExecutionException, InterruptedException {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** For a timed {@code invokeAll}, which cancels the tasks still running at the deadline. */
    public static <T> List<T> getAllBeforeDeadline(List<Future<T>> futures, Duration deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        try {
            return getAll(futures);
        } catch (CancellationException cancelled) {
            var timeout = new TimeoutException("a task was still running at the " + deadline.toMillis() + " ms deadline");
            timeout.initCause(cancelled);
            throw timeout;
        }
    }
}
