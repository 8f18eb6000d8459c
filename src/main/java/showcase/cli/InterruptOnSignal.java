package showcase.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.demo.Interruption;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.Threads;
import showcase.report.Report;

/**
 * Ctrl-C (SIGINT) or SIGTERM while a demo runs: the JVM runs its shutdown hooks, and this one
 * interrupts the thread running the demo, which cancels the scope it is joining (or whatever its
 * model has instead). A demo that stops in time prints what it finished and says it was
 * interrupted; for one that cannot stop (a model whose API ignores interrupts), the hook prints
 * what was finished and names the tasks it abandons. Then the JVM exits as it does for any
 * signal, with 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
 */
public final class InterruptOnSignal {

    /** Keeps the exit within half a second of the signal, whatever the model. */
    private static final Duration GRACE = Duration.ofMillis(300);

    private final Thread demo;
    private final Report report;
    private final CountDownLatch demoEnded = new CountDownLatch(1);

    private InterruptOnSignal(Thread demo, Report report) {
        this.demo = demo;
        this.report = report;
    }

    /** Installs the hook for a demo running on {@code demo} and printing through {@code report}. */
    public static InterruptOnSignal install(Thread demo, Report report) {
        var handler = new InterruptOnSignal(demo, report);
        Runtime.getRuntime().addShutdownHook(new Thread(handler::onShutdown, "signal"));
        return handler;
    }

    /** Tells the hook that the demo is over and its output printed, so an ordinary exit is left alone. */
    public void demoEnded() {
        demoEnded.countDown();
    }

    private void onShutdown() {
        if (demoEnded.getCount() == 0) {
            return;
        }
        Interruption.signal();
        Logger log = LoggerFactory.getLogger(InterruptOnSignal.class);
        log.warn("interrupted (Ctrl-C or SIGTERM): cancelling the run");
        long signalled = System.nanoTime();
        demo.interrupt();
        boolean stopped;
        try {
            stopped = demoEnded.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stopped = false;
        }
        if (!stopped) {
            report.print();
        }
        // Only a demo whose tasks report to a recorder can say which of them still run.
        Optional<List<Event>> tasks = EventRecorder.runningEverywhere();
        List<String> running = tasks.orElse(List.of()).stream()
                .map(event -> event.task() + " on " + Threads.describe(event.thread())).sorted().toList();
        long millis = (System.nanoTime() - signalled) / 1_000_000;
        if (!running.isEmpty()) {
            log.warn("exiting while these tasks still run, abandoned: {}", String.join(", ", running));
        } else if (!stopped) {
            log.warn("the run did not stop within {} ms; exiting", GRACE.toMillis());
        } else if (tasks.isPresent()) {
            log.info("no task left running; exiting");
        } else {
            log.info("the run stopped {} ms after the signal; exiting", millis);
        }
    }
}
