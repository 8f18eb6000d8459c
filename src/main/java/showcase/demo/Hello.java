package showcase.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.model.ConcurrencyModel;
import showcase.observe.EventRecorder;
import showcase.observe.ThreadCensus;
import showcase.report.Table;
import showcase.tasks.TaskSpec;

/**
 * The seed, in Java: {@code say_hello} and {@code say_world} gathered by one model, or by each
 * model in turn, with the wall time measured in the run and the threads that ran them in the log.
 * Gathered concurrently, the run takes as long as the longest task, not the sum of both.
 */
public final class Hello {

    private static final Logger log = LoggerFactory.getLogger(Hello.class);
    private static final Duration THREAD_EXIT_GRACE = Duration.ofSeconds(1);

    /** What to run: the models, the two tasks, and an optional heartbeat period. */
    public record Settings(List<ConcurrencyModel> models, TaskSpec hello, TaskSpec world, Optional<Duration> heartbeat) {
    }

    /** One model's run, for the closing table. */
    private record Run(String model, long wallMillis, String threadsUsed, String threadsCreated) {
    }

    private final Settings settings;

    public Hello(Settings settings) {
        this.settings = settings;
    }

    /** Runs the demo and returns the table to print when several models ran, else an empty string. */
    public String run() throws Exception {
        boolean compareModels = settings.models().size() > 1;
        Table table = new Table("model", "wall ms", "threads used", "threads created");
        Optional<Heartbeat> heartbeat = settings.heartbeat().map(Heartbeat::start);
        try {
            for (ConcurrencyModel model : settings.models()) {
                Run run = gather(model, compareModels);
                table.row(run.model(), run.wallMillis(), run.threadsUsed(), run.threadsCreated());
            }
        } finally {
            heartbeat.ifPresent(Heartbeat::close);
        }
        return compareModels ? table.text() : "";
    }

    private Run gather(ConcurrencyModel model, boolean census) throws Exception {
        var recorder = new EventRecorder();
        TaskSpec hello = settings.hello();
        TaskSpec world = settings.world();
        List<Callable<String>> tasks = List.of(
                recorder.observe(hello.name(), hello::run),
                recorder.observe(world.name(), world::run));

        ThreadCensus threads = census ? ThreadCensus.begin() : null;
        long start = System.nanoTime();
        List<String> results = model.all(tasks);
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.info("{}: gathered {} in {} ms (the delays add up to {} ms)",
                model.name(), results, wallMillis, hello.delay().plus(world.delay()).toMillis());

        if (threads == null) {
            return new Run(model.name(), wallMillis, "", "");
        }
        ThreadCensus.Count count = threads.end(recorder, THREAD_EXIT_GRACE);
        return new Run(model.name(), wallMillis, threadsUsed(recorder), count.platformStarted() + " platform, "
                + count.virtualStarted() + " virtual");
    }

    private static String threadsUsed(EventRecorder recorder) {
        List<Thread> used = recorder.threads();
        if (used.size() == 1 && used.getFirst() == Thread.currentThread()) {
            return "the caller's (" + Thread.currentThread().getName() + ")";
        }
        long virtual = used.stream().filter(Thread::isVirtual).count();
        return virtual == used.size() ? used.size() + " virtual"
                : virtual == 0 ? used.size() + " platform"
                : virtual + " virtual, " + (used.size() - virtual) + " platform";
    }
}
