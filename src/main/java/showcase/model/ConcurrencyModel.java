package showcase.model;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One way of running tasks concurrently, in its own idiom: the contract asks for the same three
 * jobs (gather, race, gather by a deadline) and lets each model answer as its API naturally does,
 * including what it does not cancel. Each model lets out exactly what its API throws, unwrapped
 * and untranslated, so that the differences between them are the JDK's own.
 */
public interface ConcurrencyModel {

    /** The name used on the command line, e.g. {@code structured}. */
    String name();

    /** Runs every task and returns their results in task order (the seed's {@code asyncio.gather}). */
    <T> List<T> all(List<Callable<T>> tasks) throws Exception;

    /** Returns the result of the first task to succeed, cancelling the others where the model can. */
    <T> T any(List<Callable<T>> tasks) throws Exception;

    /** Like {@link #all(List)}, but what is unfinished at the deadline is cancelled where the model can. */
    <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws Exception;
}
