package showcase.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.Threads;

/**
 * Ctrl-C (SIGINT) or SIGTERM while a demo runs: the JVM runs its shutdown hooks, and this one
 * interrupts the thread running the demo, which cancels the scope it is joining (or whatever its
 * model has instead). It gives the demo up to 900 ms to clean up, logs which tasks are still
 * running if some model could not stop them, and halts with exit code 130.
 */
public final class InterruptOnSignal {

    public static final int EXIT_CODE = 130;
    private static final Duration CLEAN_UP = Duration.ofMillis(900);

    private final Thread demo;
    private final CountDownLatch demoEnded = new CountDownLatch(1);

    private InterruptOnSignal(Thread demo) {
        this.demo = demo;
    }

    /** Installs the hook for a demo running on {@code demo}. */
    public static InterruptOnSignal install(Thread demo) {
        var handler = new InterruptOnSignal(demo);
        Runtime.getRuntime().addShutdownHook(new Thread(handler::onShutdown, "signal"));
        return handler;
    }

    /** Tells the hook that the demo is over, so an ordinary exit is left alone. */
    public void demoEnded() {
        demoEnded.countDown();
    }

    private void onShutdown() {
        if (demoEnded.getCount() == 0) {
            return;
        }
        Logger log = LoggerFactory.getLogger(InterruptOnSignal.class);
        log.warn("interrupted (Ctrl-C or SIGTERM): cancelling the run");
        demo.interrupt();
        try {
            demoEnded.await(CLEAN_UP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Event> running = EventRecorder.latest().map(recorder -> recorder.runningAt(recorder.now())).orElse(List.of());
        if (running.isEmpty()) {
            log.info("no task left running; exiting with {}", EXIT_CODE);
        } else {
            log.warn("exiting with {} while these tasks still run, abandoned: {}", EXIT_CODE, running.stream()
                    .map(event -> event.task() + " on " + Threads.describe(event.thread()))
                    .collect(Collectors.joining(", ")));
        }
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
