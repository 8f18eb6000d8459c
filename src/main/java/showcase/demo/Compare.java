package showcase.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.model.ConcurrencyModel;
import showcase.report.Format;
import showcase.report.Report;
import showcase.report.TimelineChart;
import showcase.tasks.TaskSpec;

/**
 * What the seed leaves out, measured: every model through every case (a gather, a gather where
 * one task fails, a race, a missed deadline, an interrupted caller), each row computed from the
 * tasks' events: was the unfinished sibling interrupted, how soon, how much work was wasted, and
 * what was still running when the call returned.
 */
public final class Compare {

    private static final Logger log = LoggerFactory.getLogger(Compare.class);

    /** What to run and how to print it. */
    public record Settings(List<ConcurrencyModel> models, List<Case> cases, TaskSpec hello, TaskSpec world,
            Duration deadline, Format format, Optional<Path> chart) {
    }

    private final Settings settings;

    public Compare(Settings settings) {
        this.settings = settings;
    }

    public void run(Report report) throws InterruptedException {
        var runner = new CaseRunner(settings.deadline(), true);
        int total = settings.cases().size() * settings.models().size();
        List<CaseResult> results = new CopyOnWriteArrayList<>();
        report.track(() -> results.isEmpty() ? "" : CompareReport.render(results, settings.format(), this::heading));
        for (Case kase : settings.cases()) {
            for (ConcurrencyModel model : settings.models()) {
                CaseResult result = runner.run(model, kase, kase.tasks(settings.hello(), settings.world()));
                results.add(result);
                log.info("[{}/{}] {} / {}: {} in {} ms; {}", results.size(), total, kase.id(), model.name(),
                        result.outcome(), result.wallMillis(), result.aftermath());
            }
        }
        settings.chart().ifPresent(chart -> {
            TimelineChart.write(CaseTimeline.of("compare: every model through every case", results), chart);
            log.info("timeline drawn in {}", chart);
        });
    }

    private String heading(Case kase) {
        return kase.heading(settings.hello(), settings.world(), settings.deadline());
    }
}
