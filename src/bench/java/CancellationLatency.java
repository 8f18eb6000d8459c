import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;
import showcase.report.Table;

/**
 * How fast each model cancels: one task fails while three siblings sleep; the figure is the time
 * from the failing task's throw to the last sibling observed interrupted, both read from the
 * tasks' own events. scripts/bench cancel runs it; it is a measurement, not a test.
 */
public class CancellationLatency {

    private static final int SIBLINGS = 3;
    private static final int WARM_UP = 10;

    /** How one trial went: the latency, or why there is none. */
    private record Trial(long nanos, String noCancellation) {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Table table = new Table("model", "trials", "median ms", "p99 ms", "max ms");
        for (ConcurrencyModel model : Models.all()) {
            Trial first = trial(model);
            if (first.noCancellation() != null) {
                table.row(model.name(), 1, first.noCancellation(), "-", "-");
                continue;
            }
            for (int i = 0; i < WARM_UP; i++) {
                trial(model);
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < trials; i++) {
                Trial trial = trial(model);
                if (trial.noCancellation() != null) {
                    throw new IllegalStateException(model.name() + " stopped cancelling: " + trial.noCancellation());
                }
                nanos.add(trial.nanos());
            }
            nanos.sort(null);
            table.row(model.name(), trials, millis(percentile(nanos, 50)), millis(percentile(nanos, 99)),
                    millis(nanos.getLast()));
            System.err.printf("%s: %d trials done%n", model.name(), trials);
        }
        System.out.print(table.text());
        System.out.printf("from the failing task's throw to the last of %d siblings observed interrupted;"
                + " %d warm-up trials first; p99 by nearest rank%n", SIBLINGS, WARM_UP);
    }

    private static Trial trial(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        List<Callable<String>> tasks = new ArrayList<>();
        tasks.add(recorder.observe("failing", () -> {
            Thread.sleep(20);
            throw new IllegalStateException("fails on purpose");
        }));
        for (int i = 1; i <= SIBLINGS; i++) {
            tasks.add(recorder.observe("sibling-" + i, () -> {
                Thread.sleep(1000);
                return "done";
            }));
        }
        try {
            model.all(tasks);
        } catch (Exception expected) {
            // the failure is the point of the trial
        }
        recorder.awaitAllEnded(Duration.ofSeconds(5));
        long failedAt = recorder.end("failing").orElseThrow().nanos();
        long slowest = 0;
        for (int i = 1; i <= SIBLINGS; i++) {
            Event end = recorder.end("sibling-" + i).orElse(null);
            if (end == null) {
                return new Trial(0, "siblings never start");
            }
            if (end.kind() != Kind.INTERRUPTED) {
                return new Trial(0, "does not cancel on failure");
            }
            slowest = Math.max(slowest, end.nanos() - failedAt);
        }
        return new Trial(slowest, null);
    }

    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String millis(long nanos) {
        return String.format("%.3f", nanos / 1e6);
    }
}
