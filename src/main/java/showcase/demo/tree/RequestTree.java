package showcase.demo.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.child.ProcessFigures;
import showcase.observe.EventRecorder;
import showcase.observe.RequestId;
import showcase.observe.RequestIds;
import showcase.observe.dump.ContainerTree;
import showcase.observe.dump.NotAThreadDump;
import showcase.observe.dump.ThreadDump;
import showcase.observe.dump.ThreadDumpFiles;
import showcase.report.WriteFailure;
import showcase.tasks.TaskFailedException;
import showcase.tasks.TaskSpec;

/**
 * A request as a tree of scopes: the request's scope, named after its request id, forks hello
 * and world; world opens a nested scope of its own that forks two parts and joins them with
 * {@link SuccessesOnly}. While they all sleep, the program takes a JSON thread dump of itself
 * and draws the thread containers it shows. The request id is bound once, in a
 * {@code ScopedValue}, and every fork sees it, nested ones included; a thread started outside the
 * scope does not.
 */
public final class RequestTree {

    private static final Logger log = LoggerFactory.getLogger(RequestTree.class);

    public static final String HELLO = "hello";
    public static final String WORLD = "world";
    public static final String PLANET = "fetch-planet";
    public static final String GREETING = "fetch-greeting";
    public static final String PARTS_SCOPE = "world-parts";

    private static final Duration ASLEEP_WITHIN = Duration.ofSeconds(5);

    /**
     * How to run: platform threads instead of virtual ones, which leaves fail once their delay
     * is over, how long each sleeps, and where to keep the raw dump.
     */
    public record Settings(boolean platform, Set<String> failing, Duration helloDelay, Duration planetDelay,
            Duration greetingDelay, Optional<Path> dump) {
    }

    /** What the run showed: the request's id, the dump the tree was drawn from, and its answer unless it failed. */
    public record Outcome(String requestId, ThreadDump dump, Optional<List<String>> answer) {
    }

    private final Settings settings;
    private final EventRecorder recorder = new EventRecorder();

    public RequestTree(Settings settings) {
        this.settings = settings;
    }

    /** Runs the request on the calling thread; {@code onDrawn} gets the drawing as soon as it is made. */
    public Outcome run(Consumer<String> onDrawn) throws InterruptedException {
        String id = RequestIds.next();
        return ScopedValue.where(RequestId.CURRENT, id).call(() -> request(id, onDrawn));
    }

    private Outcome request(String id, Consumer<String> onDrawn) throws InterruptedException {
        Thread readerWarmUp = ThreadDumpFiles.prepareInBackground();
        showAnOutsiderDoesNotSeeTheId();
        try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow(),
                config -> config.withName(id).withThreadFactory(threads("fork-")))) {
            scope.fork(recorder.observe(HELLO, leaf(HELLO, settings.helloDelay(), "Hello")::run));
            scope.fork(recorder.observe(WORLD, this::world));
            log.info("forked {} and {} in scope {}", HELLO, WORLD, id);

            awaitAllAsleep();
            ThreadDump dump = dump(readerWarmUp);
            String drawing = ContainerTree.under(dump, Thread.currentThread().threadId())
                    .orElseThrow(() -> new IllegalStateException("the dump does not show the thread that took it"));
            onDrawn.accept(drawing);
            long drawnAfter = ManagementFactory.getRuntimeMXBean().getUptime();
            // CPU time says what the drawing cost whatever else the machine was doing; wall time alone does not.
            log.info("drew the tree from a dump of {} threads, {} ms after the JVM started ({} ms of CPU)",
                    dump.threadCount(), drawnAfter, ProcessFigures.cpuMillis());

            Optional<List<String>> answer = Optional.empty();
            try {
                answer = Optional.of(scope.join().map(Subtask::get).toList());
                log.info("{} answered {}", id, answer.get());
            } catch (FailedException e) {
                log.info("{} failed with StructuredTaskScope.FailedException ({})", id, e.getCause().getClass().getSimpleName());
            }
            return new Outcome(id, dump, answer);
        }
    }

    // Started inside the binding, but with Thread.ofVirtual().start(): not a fork, so it inherits nothing.
    private static void showAnOutsiderDoesNotSeeTheId() throws InterruptedException {
        Thread outsider = Thread.ofVirtual().name("outsider").start(() ->
                log.info("started with Thread.ofVirtual().start(), not forked: request id bound here: {}",
                        RequestId.CURRENT.isBound()));
        outsider.join();
    }

    private String world() throws InterruptedException {
        try (var parts = StructuredTaskScope.open(new SuccessesOnly<String>(),
                config -> config.withName(PARTS_SCOPE).withThreadFactory(threads("part-")))) {
            parts.fork(recorder.observe(PLANET, leaf(PLANET, settings.planetDelay(), "planet")::run));
            parts.fork(recorder.observe(GREETING, leaf(GREETING, settings.greetingDelay(), "greeting")::run));
            List<String> got = parts.join();
            log.info("World, from {} of 2 parts: {}", got.size(), got);
            return "World";
        }
    }

    private Leaf leaf(String name, Duration delay, String value) {
        return new Leaf(new TaskSpec(name, delay,
                settings.failing().contains(name) ? TaskSpec.Outcome.FAIL : TaskSpec.Outcome.SUCCEED), value);
    }

    /** A leaf of the tree: sleeps, then returns its value or fails as its spec says. */
    private record Leaf(TaskSpec spec, String value) {

        String run() throws InterruptedException, TaskFailedException {
            Thread.sleep(spec.delay());
            if (spec.outcome() == TaskSpec.Outcome.FAIL) {
                throw new TaskFailedException(spec);
            }
            log.info("{} done: {}", spec.name(), value);
            return value;
        }
    }

    private ThreadFactory threads(String prefix) {
        return (settings.platform() ? Thread.ofPlatform() : Thread.ofVirtual()).name(prefix, 1).factory();
    }

    /**
     * Waits until the three leaves and world have started and are blocked (sleeping, or world
     * joining its parts), so that the dump catches them there. The JDK offers no event for
     * "parked", so this looks at each thread's state, as the dump itself will.
     */
    private void awaitAllAsleep() throws InterruptedException {
        long deadline = System.nanoTime() + ASLEEP_WITHIN.toNanos();
        if (!recorder.awaitStarts(4, ASLEEP_WITHIN)) {
            throw new IllegalStateException("the tasks did not start within " + ASLEEP_WITHIN.toSeconds() + " s");
        }
        List<Thread> tasks = recorder.threads();
        while (!tasks.stream().allMatch(RequestTree::blocked) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static boolean blocked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.TERMINATED;
    }

    // The JDK's own dump of this very process: failing to read it back is a failure of the run, not bad input.
    private ThreadDump dump(Thread readerWarmUp) throws InterruptedException {
        readerWarmUp.join();
        Optional<Path> kept = settings.dump();
        try {
            return kept.isEmpty() ? ThreadDumpFiles.dumpThisProcess() : ThreadDumpFiles.dumpThisProcess(kept.get());
        } catch (IOException e) {
            if (kept.isPresent()) {
                throw new WriteFailure("the thread dump", kept.get(), e);
            }
            throw new UncheckedIOException("could not dump the threads: " + e.getMessage(), e);
        } catch (NotAThreadDump e) {
            throw new IllegalStateException("could not read this process's own thread dump: " + e.getMessage(), e);
        }
    }
}
