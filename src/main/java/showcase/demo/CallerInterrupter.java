package showcase.demo;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import showcase.observe.EventRecorder;

/**
 * Plays the user who presses Ctrl-C: interrupts the calling thread as soon as every task has
 * started, or as soon as one has started on the caller's own thread (a model that runs them one
 * at a time never has them all started). It waits on the recorder's events, never on a clock.
 */
final class CallerInterrupter {

    /** Only if the model never starts a task at all; every model here starts one in microseconds. */
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Future<?> interrupter;
    private volatile long firedAtNanos = -1;

    private CallerInterrupter(EventRecorder recorder, Thread caller, int tasks) {
        interrupter = executor.submit(() -> {
            if (recorder.awaitStartsOrOneOn(tasks, caller, GIVE_UP)) {
                firedAtNanos = recorder.now();
                caller.interrupt();
            }
            return null;
        });
    }

    static CallerInterrupter start(EventRecorder recorder, int tasks) {
        return new CallerInterrupter(recorder, Thread.currentThread(), tasks);
    }

    /** True once the caller has been interrupted. */
    boolean fired() {
        return firedAtNanos >= 0;
    }

    /**
     * Stops the interrupter if it has not fired and waits for it to end, clears the caller's
     * interrupt status (a model that ignored the interrupt leaves it set), and says when it
     * fired, on the recorder's clock.
     */
    OptionalLong stop() {
        interrupter.cancel(true);
        executor.close();
        Thread.interrupted();
        return fired() ? OptionalLong.of(firedAtNanos) : OptionalLong.empty();
    }
}
