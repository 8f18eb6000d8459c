package showcase.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.model.platform.CompletableFutureModel;
import showcase.testing.NoThreadLeftBehind;

/** No model swallows an interrupt: one it cannot act on is handed back to the thread it arrived on. */
@ExtendWith(NoThreadLeftBehind.class)
class InterruptStatusTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TAKE_GRACE = Duration.ofSeconds(1);
    private static final Duration LOOK_AGAIN = Duration.ofNanos(100_000);

    @Test
    void aCompletableFutureTaskThatIsInterruptedLeavesItsThreadInterrupted() throws Exception {
        BlockingQueue<Boolean> interruptedAfterTheTask = new LinkedBlockingQueue<>();
        ThreadFactory reporting = task -> Thread.ofPlatform().unstarted(() -> {
            task.run();
            interruptedAfterTheTask.add(Thread.currentThread().isInterrupted());
        });
        Callable<String> interrupted = () -> {
            Thread.currentThread().interrupt();
            Thread.sleep(TIMEOUT);
            return "never";
        };

        var failure = assertThrows(CompletionException.class, () -> new CompletableFutureModel(reporting).all(List.of(interrupted)));

        assertEquals(InterruptedException.class, failure.getCause().getClass());
        assertEquals(Boolean.TRUE, interruptedAfterTheTask.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS),
                "the supplier cannot throw InterruptedException, so it restores the thread's interrupt status");
    }

    /**
     * Ctrl-C twice: the first interrupt cancels the call, the second arrives while the call waits
     * for a task that takes its time to stop. The call still waits for that task, as a scope's
     * {@code close()} does, and leaves the second interrupt set for its caller.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"structured", "structured-platform", "platform-threads"})
    void aSecondInterruptWhileTheCallCleansUpIsKeptForTheCaller(String name) throws Exception {
        ConcurrencyModel model = Models.named(name).orElseThrow();
        var started = new CountDownLatch(1);
        var cancelled = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var neverUnlessTheTestFails = new CountDownLatch(1);
        Callable<String> slowToStop = () -> {
            started.countDown();
            try {
                neverUnlessTheTestFails.await();
            } catch (InterruptedException e) {
                cancelled.countDown();
                awaitUninterruptibly(release);
            }
            return "stopped";
        };
        var outcome = new AtomicReference<String>();
        Thread caller = Thread.ofPlatform().name("caller").start(() -> {
            try {
                model.all(List.of(slowToStop));
                outcome.set("returned");
            } catch (InterruptedException e) {
                outcome.set("InterruptedException, interrupt status " + Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                outcome.set(e.toString());
            }
        });

        try {
            assertTrue(started.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            caller.interrupt();
            assertTrue(cancelled.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the first interrupt cancels the task");
            caller.interrupt();
            awaitInterruptTaken(caller);
        } finally {
            neverUnlessTheTestFails.countDown();
            release.countDown();
            caller.join(TIMEOUT);
        }

        assertEquals("InterruptedException, interrupt status true", outcome.get());
    }

    /**
     * Waits until the caller's interrupt status is clear again: the call took the interrupt while
     * waiting for the task. A thread waiting in {@code join} offers no latch, so this is the
     * evidence to wait for; without it the task could end as the interrupt arrives, and the wait
     * return normally with the interrupt still pending (JLS 17.2.4), which would prove nothing. A
     * call that waits without ever taking interrupts leaves the status set: after the grace, go on.
     */
    private static void awaitInterruptTaken(Thread caller) {
        long deadline = System.nanoTime() + TAKE_GRACE.toNanos();
        while (caller.isInterrupted() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
