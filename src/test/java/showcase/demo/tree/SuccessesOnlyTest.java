package showcase.demo.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoThreadLeftBehind;

/** The project's own Joiner: it keeps what succeeded, never cancels on a failure, fails only when all failed. */
@ExtendWith(NoThreadLeftBehind.class)
class SuccessesOnlyTest {

    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private static List<String> join(List<Callable<String>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(new SuccessesOnly<String>())) {
            tasks.forEach(scope::fork);
            return scope.join();
        }
    }

    @Test
    void whenAllSucceedJoinReturnsEveryResult() throws Exception {
        List<String> results = join(List.of(() -> "planet", () -> "greeting"));

        assertEquals(Set.of("planet", "greeting"), Set.copyOf(results));
        assertEquals(2, results.size());
    }

    @Test
    void oneFailureIsIgnoredAndDoesNotCancelTheSiblingStillRunning() throws Exception {
        var failed = new CountDownLatch(1);
        List<String> results = join(List.of(
                () -> {
                    // Runs on past the failure: a joiner that cancelled would interrupt this wait.
                    failed.await();
                    return "greeting";
                },
                () -> {
                    failed.countDown();
                    throw new Failure("planet unreachable");
                }));

        assertEquals(List.of("greeting"), results);
    }

    @Test
    void whenAllFailJoinFailsWithTheFirstFailureAndTheOthersSuppressed() {
        var first = new CountDownLatch(1);
        FailedException failed = assertThrows(FailedException.class, () -> join(List.of(
                () -> {
                    first.countDown();
                    throw new Failure("first");
                },
                () -> {
                    first.await();
                    throw new Failure("second");
                })));

        Throwable cause = failed.getCause();
        assertInstanceOf(Failure.class, cause);
        assertEquals(2, 1 + cause.getSuppressed().length, "both failures are reported");
        assertEquals(Set.of("first", "second"), Set.of(cause.getMessage(), cause.getSuppressed()[0].getMessage()));
    }

    @Test
    void cancellingTheOuterScopeInterruptsTheNestedOneAndItsSubtasks() throws Exception {
        var partsStarted = new CountDownLatch(2);
        var partsInterrupted = new AtomicInteger();
        var nestedJoinInterrupted = new AtomicBoolean();
        Callable<String> part = () -> {
            partsStarted.countDown();
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                partsInterrupted.incrementAndGet();
                throw e;
            }
        };

        try (var outer = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
            outer.fork(() -> {
                try (var nested = StructuredTaskScope.open(new SuccessesOnly<String>())) {
                    nested.fork(part);
                    nested.fork(part);
                    return nested.join().toString();
                } catch (InterruptedException e) {
                    nestedJoinInterrupted.set(true);
                    throw e;
                }
            });
            outer.fork(() -> {
                partsStarted.await();
                throw new Failure("hello failed");
            });
            assertThrows(FailedException.class, outer::join);
        }

        assertTrue(nestedJoinInterrupted.get(), "the nested scope's owner was interrupted in join()");
        assertEquals(2, partsInterrupted.get(), "both nested subtasks were interrupted");
    }
}
