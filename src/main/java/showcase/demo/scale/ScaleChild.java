package showcase.demo.scale;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import showcase.child.KeyValueLine;
import showcase.child.ProcessFigures;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;

/**
 * A scale child: one JVM, one model, N sleeping tasks gathered by the model's {@code all}, so
 * that the memory and threads it reports are that model's alone. It prints a {@code progress}
 * line every {@value #PROGRESS_MILLIS} ms and one {@code result} line at the end, then exits
 * without waiting for whatever a failed model abandoned. Past the timeout it reports what it
 * got through and halts: a model that ignores interrupts cannot keep it alive. The gather and
 * the timeout may end at the same instant: whichever reports first is the one result line, and
 * the other waits until that line is out.
 */
public final class ScaleChild {

    static final String PROGRESS = "progress";
    static final String RESULT = "result";
    private static final long PROGRESS_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What the parent asks for, passed as {@code key=value} arguments. */
    record Settings(String model, int tasks, Duration sleep, Duration timeout, int threadCap, boolean warmUp,
            boolean countDeoptimizations) {

        List<String> arguments() {
            String line = KeyValueLine.of("settings").with("model", model).with("tasks", tasks)
                    .with("sleep", sleep).with("timeout", timeout).with("threadCap", threadCap)
                    .with("warmUp", warmUp).with("countDeoptimizations", countDeoptimizations).line();
            List<String> tokens = List.of(line.split(" "));
            return tokens.subList(1, tokens.size());
        }

        static Settings parse(String[] arguments) {
            KeyValueLine line = KeyValueLine.parse("settings " + String.join(" ", arguments))
                    .orElseThrow(() -> new IllegalArgumentException("expected key=value arguments: " + Arrays.toString(arguments)));
            return new Settings(line.text("model").orElseThrow(),
                    Math.toIntExact(line.number("tasks").orElseThrow()),
                    Duration.parse(line.text("sleep").orElseThrow()),
                    Duration.parse(line.text("timeout").orElseThrow()),
                    Math.toIntExact(line.number("threadCap").orElseThrow()),
                    Boolean.parseBoolean(line.text("warmUp").orElseThrow()),
                    Boolean.parseBoolean(line.text("countDeoptimizations").orElseThrow()));
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final SleepingTasks tasks;
    private final Runnable halt;
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean reported;
    private long startNanos;
    private long baselineRss;
    private long warmUpMillis;
    private long readyMillis;
    private CollectionCount collectionsBefore = new CollectionCount(0, 0);

    /** {@code halt} ends the JVM at the timeout, whatever threads the model left running. */
    ScaleChild(Settings settings, PrintStream out, Runnable halt) {
        this.settings = settings;
        this.out = out;
        this.halt = halt;
        this.tasks = new SleepingTasks(settings.tasks(), settings.sleep());
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings = Settings.parse(args);
        ConcurrencyModel model = Models.withPlatformThreadsFrom(new CappedThreadFactory(settings.threadCap())).stream()
                .filter(candidate -> candidate.name().equals(settings.model())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + settings.model()));
        new ScaleChild(settings, System.out, () -> Runtime.getRuntime().halt(0)).run(model);
        System.exit(0);
    }

    void run(ConcurrencyModel model) throws InterruptedException {
        Optional<DeoptimizationCount> deoptimizations = settings.countDeoptimizations()
                ? Optional.of(DeoptimizationCount.start()) : Optional.empty();
        long warmUpStart = System.nanoTime();
        if (settings.warmUp()) {
            WarmUp.run();
            // Empties eden, so the run reuses the pages the warm-up touched instead of touching new
            // ones: the warm-up's garbage does not add to the peak RSS.
            System.gc();
        }
        baselineRss = ProcessFigures.rssBytes().orElse(-1);
        THREADS.resetPeakThreadCount();
        collectionsBefore = CollectionCount.now();
        startNanos = System.nanoTime();
        warmUpMillis = TimeUnit.NANOSECONDS.toMillis(startNanos - warmUpStart);
        readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        Thread.ofPlatform().daemon().name("progress").start(this::reportProgress);
        Outcome outcome;
        try {
            model.all(tasks.asList());
            outcome = Outcome.OK;
        } catch (Throwable thrown) {
            outcome = Outcome.of(thrown);
        }
        long wallNanos = System.nanoTime() - startNanos;
        ended.countDown();
        KeyValueLine result = result(outcome, wallNanos);
        Optional<DeoptimizationCount.Tally> tally = deoptimizations.map(DeoptimizationCount::stop);
        result.with("deoptimizations", tally.map(DeoptimizationCount.Tally::count).orElse(-1L))
                .with("mostDeoptimized", tally.map(DeoptimizationCount.Tally::mostFrequent).orElse(""));
        report(result);
    }

    // Every PROGRESS_MILLIS until the gather ends, or until the timeout.
    private void reportProgress() {
        long deadline = startNanos + settings.timeout().toNanos();
        try {
            while (!ended.await(Math.min(PROGRESS_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1),
                    TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - deadline >= 0) {
                    stopAtTimeout();
                    return;
                }
                print(progress());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The result so far, then the halt. If the gather's own result got there first, it stands, and
     * the JVM ends as it does after a gather: halting now would cut that line off mid-write.
     */
    void stopAtTimeout() {
        KeyValueLine timedOut = result(new Outcome(Status.TIMEOUT, "still running after " + settings.timeout().toMillis()
                + " ms (--timeout)"), System.nanoTime() - startNanos).with("deoptimizations", -1).with("mostDeoptimized", "");
        if (report(timedOut)) {
            halt.run();
        }
    }

    private KeyValueLine result(Outcome outcome, long wallNanos) {
        long allStarted = tasks.allStartedNanos();
        OptionalLong peakRss = ProcessFigures.peakRssBytes();
        CollectionCount collections = CollectionCount.now();
        return KeyValueLine.of(RESULT)
                .with("status", outcome.status().id())
                .with("tasks", tasks.count())
                .with("started", tasks.started())
                .with("completed", tasks.completed())
                .with("virtualThreads", tasks.onVirtualThreads())
                .with("wallMicros", TimeUnit.NANOSECONDS.toMicros(wallNanos))
                .with("forkMicros", allStarted == 0 ? -1 : TimeUnit.NANOSECONDS.toMicros(allStarted - startNanos))
                .with("baselineRssBytes", baselineRss)
                .with("peakRssBytes", peakRss.orElse(-1))
                .with("peakPlatformThreads", THREADS.getPeakThreadCount())
                .with("cpuMillis", ProcessFigures.cpuMillis())
                .with("warmUpMillis", warmUpMillis)
                .with("collections", collections.count() - collectionsBefore.count())
                .with("collectionMillis", collections.millis() - collectionsBefore.millis())
                .with("readyMillis", readyMillis)
                .with("reason", outcome.reason());
    }

    /** Garbage collections so far, and their time, by every collector of this JVM. */
    private record CollectionCount(long count, long millis) {

        static CollectionCount now() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new CollectionCount(count, millis);
        }
    }

    private KeyValueLine progress() {
        return KeyValueLine.of(PROGRESS).with("started", tasks.started()).with("completed", tasks.completed())
                .with("elapsedMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    // The one result line, after the last progress line so that a bar shows where the run got to. True if
    // this call printed it; a later call returns false once that line is out, never while it is being written.
    private synchronized boolean report(KeyValueLine result) {
        if (reported) {
            return false;
        }
        reported = true;
        print(progress());
        print(result);
        return true;
    }

    private synchronized void print(KeyValueLine line) {
        out.println(line.line());
        out.flush();
    }
}
