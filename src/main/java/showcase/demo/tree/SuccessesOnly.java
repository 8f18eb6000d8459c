package showcase.demo.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * A {@code Joiner} of the project's own: {@code join()} returns the results of the subtasks that
 * succeeded, in the order they completed, and a failed subtask never cancels its siblings. Only
 * when every subtask failed does {@code join()} fail, with the first failure as its cause. Of the
 * JDK's joiners, {@code allSuccessfulOrThrow} cancels on the first failure, and {@code awaitAll}
 * waits for all without cancelling but returns nothing, leaving the caller to sort the subtasks;
 * this one waits for all and returns what worked.
 */
public final class SuccessesOnly<T> implements Joiner<T, List<T>> {

    // Written by the subtasks' threads as they complete, read by the owner once join() has waited for them all.
    private final List<T> results = Collections.synchronizedList(new ArrayList<>());
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @Override
    public boolean onComplete(Subtask<? extends T> subtask) {
        switch (subtask.state()) {
            case SUCCESS -> results.add(subtask.get());
            case FAILED -> failures.add(subtask.exception());
            case UNAVAILABLE -> throw new IllegalStateException("onComplete is only called for a completed subtask");
        }
        return false;
    }

    @Override
    public List<T> result() throws Throwable {
        if (results.isEmpty() && !failures.isEmpty()) {
            Throwable first = failures.remove();
            failures.forEach(first::addSuppressed);
            throw first;
        }
        return Collections.unmodifiableList(new ArrayList<>(results));
    }
}
