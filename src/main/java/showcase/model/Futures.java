package showcase.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads futures as {@code ExecutorService} callers do: {@code get()} each in task order, so the
 * first failure in that order surfaces as {@link ExecutionException}, and a task that was
 * cancelled as the JDK's {@link java.util.concurrent.CancellationException}.
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
}
