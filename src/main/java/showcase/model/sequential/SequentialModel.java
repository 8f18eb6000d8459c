package showcase.model.sequential;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import showcase.model.ConcurrencyModel;

/**
 * Plain sequential code, the baseline the seed beats (3 s instead of 2 s): each task runs on the
 * caller's own thread once the previous one has ended. A failure keeps the rest from starting,
 * and a deadline can only be checked between tasks, never enforced inside one.
 */
public final class SequentialModel implements ConcurrencyModel {

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Callable<T> task : tasks) {
            results.add(task.call());
        }
        return results;
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws Exception {
        Exception failure = null;
        for (Callable<T> task : tasks) {
            try {
                return task.call();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure != null ? failure : new NoSuchElementException("no tasks");
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws Exception {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        List<T> results = new ArrayList<>();
        for (Callable<T> task : tasks) {
            failIfPast(deadlineNanos, deadline);
            results.add(task.call());
        }
        failIfPast(deadlineNanos, deadline);
        return results;
    }

    private static void failIfPast(long deadlineNanos, Duration deadline) throws TimeoutException {
        if (System.nanoTime() - deadlineNanos >= 0) {
            throw new TimeoutException("the " + deadline.toMillis() + " ms deadline passed while a task ran");
        }
    }
}
