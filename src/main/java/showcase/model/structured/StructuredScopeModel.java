package showcase.model.structured;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Configuration;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.ThreadFactory;
import java.util.function.UnaryOperator;
import showcase.model.ConcurrencyModel;

/**
 * Structured concurrency (JEP 505, preview in Java 25): subtasks are forked inside a scope that
 * cannot outlive its block. The first failure, the first success of a race, or the deadline
 * cancels the scope, which interrupts every unfinished subtask, and {@code close()} waits for all
 * of them. Given platform threads instead of its default virtual ones, the same code keeps the
 * same guarantees: structure is not about the kind of thread.
 */
public final class StructuredScopeModel implements ConcurrencyModel {

    private final String name;
    private final UnaryOperator<Configuration> threads;

    private StructuredScopeModel(String name, UnaryOperator<Configuration> threads) {
        this.name = name;
        this.threads = threads;
    }

    /** The scope as it comes: a new virtual thread per subtask. */
    public static StructuredScopeModel virtual() {
        return new StructuredScopeModel("structured", UnaryOperator.identity());
    }

    /** The same scope forking platform threads from {@code factory}. */
    public static StructuredScopeModel platform(ThreadFactory factory) {
        return new StructuredScopeModel("structured-platform", config -> config.withThreadFactory(factory));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow(), threads)) {
            tasks.forEach(scope::fork);
            return scope.join().map(Subtask::get).toList();
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>anySuccessfulResultOrThrow(), threads)) {
            tasks.forEach(scope::fork);
            return scope.join();
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow(),
                config -> threads.apply(config).withTimeout(deadline))) {
            tasks.forEach(scope::fork);
            return scope.join().map(Subtask::get).toList();
        }
    }
}
