package showcase.demo.pinning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.child.ChildProcess;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Report;
import showcase.report.Table;

/**
 * What still pins a virtual thread on Java 25, measured: a child JVM with a single carrier
 * thread runs N virtual threads blocking inside each construct, and JFR says which of them were
 * pinned. Unpinned, N threads take about as long as one; pinned, they take turns on the carrier.
 */
public final class Pinning {

    private static final Logger log = LoggerFactory.getLogger(Pinning.class);

    /** One carrier, and no extra carrier to compensate for a pinned one: pinning then serialises. */
    private static final List<String> CHILD_FLAGS = List.of(
            "-Djdk.virtualThreadScheduler.parallelism=1",
            "-Djdk.virtualThreadScheduler.maxPoolSize=1",
            // The qsort downcall and its upcall are restricted methods; without this the JVM warns.
            "--enable-native-access=ALL-UNNAMED");

    private static final Duration CHILD_START_ALLOWANCE = Duration.ofSeconds(30);

    /** What to measure and how to print it. */
    public record Settings(List<Construct> constructs, int threads, Duration hold, Format format) {
    }

    private final Settings settings;

    public Pinning(Settings settings) {
        this.settings = settings;
    }

    /**
     * Runs the child and returns its rows, tracked in {@code report} as they come (so an interrupt
     * still prints what was measured).
     *
     * @throws IllegalStateException if the child failed
     */
    public List<PinningRow> run(Report report) throws InterruptedException {
        List<PinningRow> rows = new CopyOnWriteArrayList<>();
        report.track(() -> rows.isEmpty() ? "" : render(rows, settings.format()));
        List<String> args = Stream.concat(
                Stream.of(Integer.toString(settings.threads()), Long.toString(settings.hold().toMillis())),
                settings.constructs().stream().map(Construct::id)).toList();
        ChildProcess.Result result = ChildProcess.java(CHILD_FLAGS, PinningChild.class, args)
                .timeout(worstCase())
                .onOut(line -> PinningRow.parse(line).ifPresent(row -> {
                    rows.add(row);
                    log.info("{}: {} threads in {} ms, {} pinned events", row.construct().id(), row.threads(),
                            row.wall().toMillis(), row.pinnedEvents());
                }))
                .run();
        if (!result.succeeded()) {
            throw new IllegalStateException(result.ending("the pinning child " + (result.timedOut() ? "timed out"
                    : "exited with " + result.exitCode()), 3, line -> PinningRow.parse(line).isPresent()));
        }
        return List.copyOf(rows);
    }

    // Every construct pinned, with the threads taking turns, and then some.
    private Duration worstCase() {
        return settings.hold().multipliedBy((long) settings.threads() * settings.constructs().size() * 2)
                .plus(CHILD_START_ALLOWANCE);
    }

    static String render(List<PinningRow> rows, Format format) {
        return switch (format) {
            case TEXT -> table(rows).text();
            case MARKDOWN -> table(rows).markdown();
            case CSV -> table(rows).csv();
            case JSON -> Json.write(rows.stream().map(Pinning::json).toList());
        };
    }

    private static Table table(List<PinningRow> rows) {
        Table table = new Table("construct", "threads", "wall ms", "ideal ms", "serialised ms", "pinned events",
                "pinned reason", "top frame");
        for (PinningRow row : rows) {
            table.row(row.construct().id(), row.threads(), row.wall().toMillis(), row.ideal().toMillis(),
                    row.serialised().toMillis(), row.pinnedEvents(), row.pinnedReason(), row.topFrame());
        }
        return table;
    }

    private static Map<String, Object> json(PinningRow row) {
        return Json.object(
                "construct", row.construct().id(),
                "description", row.construct().description(),
                "threads", row.threads(),
                "holdMillis", row.hold().toMillis(),
                "wallMillis", row.wall().toMillis(),
                "idealMillis", row.ideal().toMillis(),
                "serialisedMillis", row.serialised().toMillis(),
                "pinnedEvents", row.pinnedEvents(),
                "pinnedReason", row.pinned() ? row.pinnedReason() : null,
                "blockingOperation", row.pinned() ? row.blockingOperation() : null,
                "topFrame", row.pinned() ? row.topFrame() : null);
    }
}
