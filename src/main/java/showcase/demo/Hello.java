package showcase.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.model.ConcurrencyModel;
import showcase.observe.RequestId;
import showcase.observe.RequestIds;
import showcase.report.Report;
import showcase.report.Table;
import showcase.report.TimelineChart;
import showcase.tasks.TaskSpec;

/**
 * The seed, in Java: {@code say_hello} and {@code say_world} gathered by one model, or by each
 * model in turn, with the wall time measured in the run and the threads that ran them in the log.
 * Gathered concurrently, the run takes as long as the longest task, not the sum of both; with a
 * task told to fail, the log shows what each model does with the other one.
 */
public final class Hello {

    private static final Logger log = LoggerFactory.getLogger(Hello.class);

    /** What to run: the models, the two tasks, an optional heartbeat period and chart file. */
    public record Settings(List<ConcurrencyModel> models, TaskSpec hello, TaskSpec world,
            Optional<Duration> heartbeat, Optional<Path> chart) {

        boolean failureRequested() {
            return hello.outcome() == TaskSpec.Outcome.FAIL || world.outcome() == TaskSpec.Outcome.FAIL;
        }
    }

    private final Settings settings;

    public Hello(Settings settings) {
        this.settings = settings;
    }

    /**
     * Runs the demo, tracks the closing table in {@code report} when several models run (rows
     * finished before an interrupt are printed too), and returns false if a model failed without
     * being asked to.
     */
    public boolean run(Report report) throws InterruptedException {
        // Only the closing table shows thread counts; a single model's run is not charged for a census.
        var runner = new CaseRunner(Duration.ZERO, settings.models().size() > 1);
        List<CaseResult> results = new CopyOnWriteArrayList<>();
        if (settings.models().size() > 1) {
            report.track(() -> results.isEmpty() ? "" : table(results).text());
        }
        Optional<Heartbeat> heartbeat = settings.heartbeat().map(Heartbeat::start);
        try {
            for (ConcurrencyModel model : settings.models()) {
                // Each run is a request: its id is in the log of every thread a scope forks for it, and of no other.
                CaseResult result = ScopedValue.where(RequestId.CURRENT, RequestIds.next())
                        .call(() -> runner.run(model, Case.GATHER, List.of(settings.hello(), settings.world())));
                explain(result);
                results.add(result);
            }
        } finally {
            heartbeat.ifPresent(Heartbeat::close);
        }
        settings.chart().ifPresent(chart -> {
            TimelineChart.write(CaseTimeline.of("hello: say_hello and say_world gathered by each model", results), chart);
            log.info("timeline drawn in {}", chart);
        });
        return settings.failureRequested() || results.stream().allMatch(result -> result.failure() == null);
    }

    private void explain(CaseResult result) {
        long delays = settings.hello().delay().plus(settings.world().delay()).toMillis();
        if (result.failure() == null) {
            log.info("{}: gathered {} in {} ms (the delays add up to {} ms)",
                    result.model(), result.result(), result.wallMillis(), delays);
        } else if (settings.failureRequested()) {
            log.info("{}: failed after {} ms with {}; {}",
                    result.model(), result.wallMillis(), result.outcome(), result.aftermath());
        } else {
            log.error("{}: failed after {} ms with {}: {}",
                    result.model(), result.wallMillis(), result.outcome(), result.failure().getMessage());
        }
    }

    private static Table table(List<CaseResult> results) {
        Table table = new Table("model", "wall ms", "outcome", "threads used", "threads created");
        for (CaseResult result : results) {
            table.row(result.model(), result.wallMillis(), result.outcome(), threadsUsed(result),
                    result.threads().map(ThreadCounts::created).orElse("not counted"));
        }
        return table;
    }

    private static String threadsUsed(CaseResult result) {
        List<Thread> used = result.recorder().threads();
        if (used.size() == 1 && used.getFirst() == Thread.currentThread()) {
            return "the caller's (" + Thread.currentThread().getName() + ")";
        }
        long virtual = used.stream().filter(Thread::isVirtual).count();
        return ThreadCounts.describe(used.size() - virtual, virtual);
    }
}
