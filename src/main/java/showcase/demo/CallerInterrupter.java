package showcase.demo;

import java.time.Duration;
import java.util.OptionalLong;
import showcase.observe.EventRecorder;
import showcase.observe.Threads;

/**
 * Plays the user who presses Ctrl-C: interrupts the calling thread as soon as every task has
 * started, or after a short wait for models that start them one at a time.
 */
final class CallerInterrupter {

    private final Thread thread;
    private volatile long firedAtNanos = -1;

    private CallerInterrupter(EventRecorder recorder, Thread caller, int tasks, Duration longestWait) {
        thread = Thread.ofVirtual().name("interrupter").start(() -> {
            try {
                recorder.awaitStarts(tasks, longestWait);
            } catch (InterruptedException stopped) {
                return;
            }
            firedAtNanos = recorder.now();
            caller.interrupt();
        });
    }

    static CallerInterrupter start(EventRecorder recorder, int tasks, Duration longestWait) {
        return new CallerInterrupter(recorder, Thread.currentThread(), tasks, longestWait);
    }

    /** True once the caller has been interrupted. */
    boolean fired() {
        return firedAtNanos >= 0;
    }

    /**
     * Stops the interrupter if it has not fired, clears the caller's interrupt status (a model that
     * ignored the interrupt leaves it set), and says when it fired, on the recorder's clock.
     */
    OptionalLong stop() {
        thread.interrupt();
        Threads.joinUninterruptibly(thread);
        Thread.interrupted();
        return fired() ? OptionalLong.of(firedAtNanos) : OptionalLong.empty();
    }
}
