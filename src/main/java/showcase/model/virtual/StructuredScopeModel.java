package showcase.model.virtual;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Configuration;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import showcase.model.ConcurrencyModel;

/**
 * Structured concurrency (JEP 505, preview in Java 25): subtasks are forked inside a scope that
 * cannot outlive its block. The first failure, the first success of a race, or the deadline
 * cancels the scope, which interrupts every unfinished subtask, and {@code close()} waits for all
 * of them. Given platform threads instead, the same code keeps the same guarantees.
 */
public final class StructuredScopeModel implements ConcurrencyModel {

    private final String name;
    private final Supplier<ThreadFactory> threads;

    private StructuredScopeModel(String name, Supplier<ThreadFactory> threads) {
        this.name = name;
        this.threads = threads;
    }

    /** The scope's default: one new virtual thread per subtask. */
    public static StructuredScopeModel virtual() {
        return new StructuredScopeModel("structured", () -> Thread.ofVirtual().name("structured-", 0).factory());
    }

    /** The same scope on platform threads: structure is not about virtual threads. */
    public static StructuredScopeModel platform() {
        return new StructuredScopeModel("structured-platform",
                () -> Thread.ofPlatform().name("structured-platform-", 0).factory());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow(), this::configure)) {
            tasks.forEach(scope::fork);
            return scope.join().map(Subtask::get).toList();
        }
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>anySuccessfulResultOrThrow(), this::configure)) {
            tasks.forEach(scope::fork);
            return scope.join();
        }
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow(),
                config -> configure(config).withTimeout(deadline))) {
            tasks.forEach(scope::fork);
            return scope.join().map(Subtask::get).toList();
        }
    }

    // Named threads show up in the log and in thread dumps; the scope's own default is unnamed.
    private Configuration configure(Configuration config) {
        return config.withName(name).withThreadFactory(threads.get());
    }
}
