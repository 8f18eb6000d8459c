package showcase.demo.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.demo.Interruption;
import showcase.report.Format;
import showcase.report.Report;

/**
 * The seed's scalability claim, measured: N tasks that each sleep, gathered by every model in a
 * child JVM of its own, from a thousand to a million. A virtual thread parked in a sleep is a few
 * hundred bytes of heap; a platform thread is an operating-system thread, and the machine runs out
 * of those long before a million. Models that cannot reach N say how far they got and why.
 */
public final class Scale {

    private static final Logger log = LoggerFactory.getLogger(Scale.class);

    /** What to run, with which child JVMs, and how to print it. */
    public record Settings(List<String> models, List<Integer> taskCounts, Duration sleep, Duration timeout,
            OptionalInt maxPlatformThreads, boolean warmUp, boolean countDeoptimizations, boolean jdkDefaults,
            List<String> jvmOptions, Format format, Optional<Path> chart, boolean progressBars) {
    }

    private final Settings settings;

    public Scale(Settings settings) {
        this.settings = settings;
    }

    /** Runs every model at every N; false if a child JVM failed (a limit or a timeout is a result, not a failure). */
    public boolean run(Report report) throws InterruptedException {
        PlatformThreadLimits limits = PlatformThreadLimits.read();
        int safeCap = limits.safeCap();
        int cap = settings.maxPlatformThreads().orElse(safeCap);
        if (cap > safeCap) {
            log.warn("--max-platform-threads {} is above the safe cap of {} ({}): the OS may refuse threads, to this "
                    + "program and to every other on the machine", cap, safeCap, limits.describe());
        }
        var context = new ScaleReport.Context(cap, limits.describe(), settings.countDeoptimizations());
        List<ScaleRow> rows = new CopyOnWriteArrayList<>();
        report.track(() -> rows.isEmpty() ? "" : ScaleReport.render(rows, settings.format(), context));
        var jvm = ChildJvm.launched(settings.jdkDefaults(), settings.jvmOptions());
        ProgressDisplay bars = settings.progressBars() ? ProgressDisplay.onTerminal() : ProgressDisplay.NONE;
        for (int tasks : settings.taskCounts()) {
            for (String model : settings.models()) {
                var child = new ScaleChild.Settings(model, tasks, settings.sleep(), settings.timeout(), cap,
                        settings.warmUp(), settings.countDeoptimizations());
                BoundedModels.pastTheTimeout(model, tasks, settings.sleep(), settings.timeout()).ifPresent(log::info);
                ScaleRow row;
                try {
                    row = ChildRun.run(child, jvm.flags(tasks), bars.begin(model, tasks));
                } finally {
                    bars.stop();
                }
                Interruption.throwIfSignalled();
                rows.add(row);
                log.info("{}", ScaleReport.summary(row));
            }
        }
        settings.chart().ifPresent(chart -> {
            ScaleChart.write(rows, settings.sleep(), chart);
            log.info("chart drawn in {}", chart);
        });
        return rows.stream().noneMatch(row -> row.status() == Status.FAILED);
    }
}
