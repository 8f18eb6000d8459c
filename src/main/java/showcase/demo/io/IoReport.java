package showcase.demo.io;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import showcase.demo.CaseResult;
import showcase.io.Database;
import showcase.io.Downstream.Ending;
import showcase.io.Downstream.Served;
import showcase.observe.Latencies;
import showcase.report.Json;
import showcase.report.Table;
import showcase.values.KebabCaseId;

/**
 * What {@code io} measured, as it comes in: a table for the network cases (each run read at both
 * far ends), one for the pool cases (where the waiting went), one for the starvation case (the
 * heartbeat's longest silence), each exception as the library threw it. Safe to render from the
 * signal hook while runs are still being added.
 */
final class IoReport {

    private static final String CONNECTION_FAILURE = "08006";

    private final Io.Settings settings;
    private final List<Object[]> network = new CopyOnWriteArrayList<>();
    private final List<NetworkRun> networkRuns = new CopyOnWriteArrayList<>();
    private final List<Object[]> pools = new CopyOnWriteArrayList<>();
    private final List<Object[]> cpu = new CopyOnWriteArrayList<>();
    private final List<Thrown> asThrown = new CopyOnWriteArrayList<>();

    /** An exception as a library threw it, in one run of a case: {@code who} said {@code what} in {@code run}. */
    private record Thrown(String kase, String who, String run, String what) {
    }

    IoReport(Io.Settings settings) {
        this.settings = settings;
    }

    void add(IoCase kase, NetworkRun run) {
        networkRuns.add(run);
        CaseResult result = run.result();
        network.add(new Object[] {kase.id(), result.model(), result.wallMillis(), result.outcome(), result.aftermath(),
                run.driverSaid().map(IoReport::briefly).orElse("-"), serverRanOn(run),
                downstream(run.downstream(), run.downstreamAfterReturnMillis()), run.pool().brief()});
        run.driverSaid().ifPresent(e -> asThrown.add(new Thrown(kase.id(), "the driver", result.model(), asThrown(e))));
    }

    void add(IoCase kase, PoolLoad.Row row) {
        pools.add(new Object[] {kase.id(), row.how(), row.requests(), row.answered(), row.refused(), row.wallMillis(),
                Math.round(row.answeredPerSecond()), millis(row.door(), 99), millis(row.pool(), 99),
                millis(row.answers(), 50), millis(row.answers(), 99), millis(row.refusals(), 99)});
        row.firstRefusal().ifPresent(refusal -> asThrown.add(new Thrown(kase.id(), "refused with", row.how(), refusal)));
    }

    void add(CpuStarvation.Row row) {
        cpu.add(new Object[] {IoCase.CPU_STARVATION.id(), row.model(), row.tasks(), CpuStarvation.CARRIERS,
                row.wallMillis(), row.ticks(), row.longestGapMillis()});
    }

    List<NetworkRun> networkRuns() {
        return List.copyOf(networkRuns);
    }

    String render() {
        List<Section> sections = sections();
        if (sections.isEmpty()) {
            return "";
        }
        return switch (settings.format()) {
            case TEXT -> joined(sections, s -> s.table.textGroupedBy(0,
                    id -> id + ": " + heading(KebabCaseId.byIdOrUnknown(IoCase.class, "case", id)))) + notes("  ");
            case MARKDOWN -> joined(sections, s -> s.table.markdown()) + notes("- ");
            case CSV -> joined(sections, s -> s.table.csv());
            case JSON -> Json.write(Json.object("runs", sections.stream().flatMap(s -> s.json.stream()).toList(),
                    "asThrown", asThrownLines()));
        };
    }

    private record Section(Table table, List<Map<String, Object>> json) {
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        if (!network.isEmpty()) {
            sections.add(section(network, "case", "model", "wall ms", "outcome", "aftermath", "driver threw",
                    "server ran on", "downstream", "pool active/idle/total"));
        }
        if (!pools.isEmpty()) {
            sections.add(section(pools, "case", "how", "requests", "answered", "refused", "wall ms", "answers/s",
                    "door wait p99 ms", "pool wait p99 ms", "answer p50 ms", "answer p99 ms", "refused p99 ms"));
        }
        if (!cpu.isEmpty()) {
            sections.add(section(cpu, "case", "model", "tasks", "carriers", "wall ms", "heartbeat ticks",
                    "longest gap ms"));
        }
        return sections;
    }

    private static Section section(List<Object[]> rows, String... headers) {
        var table = new Table(headers);
        List<Map<String, Object>> json = new ArrayList<>();
        for (Object[] row : rows) {
            table.row(row);
            Object[] pairs = new Object[2 * headers.length];
            for (int c = 0; c < headers.length; c++) {
                pairs[2 * c] = headers[c];
                pairs[2 * c + 1] = row[c];
            }
            json.add(Json.object(pairs));
        }
        return new Section(table, json);
    }

    private static String joined(List<Section> sections, Function<Section, String> render) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(render.apply(section));
        }
        return text.toString();
    }

    /** Each exception once per case, with the runs that met it: seven models failing alike make one line. */
    private List<String> asThrownLines() {
        Map<Thrown, List<String>> runs = new LinkedHashMap<>();
        for (Thrown thrown : asThrown) {
            runs.computeIfAbsent(new Thrown(thrown.kase(), thrown.who(), "", thrown.what()), key -> new ArrayList<>())
                    .add(thrown.run());
        }
        return runs.entrySet().stream().map(e -> e.getKey().kase() + " (" + String.join(", ", e.getValue()) + "), "
                + e.getKey().who() + ": " + e.getKey().what()).toList();
    }

    private String notes(String bullet) {
        List<String> lines = asThrownLines();
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(System.lineSeparator()).append("as thrown:").append(System.lineSeparator());
        lines.forEach(line -> text.append(bullet).append(line).append(System.lineSeparator()));
        return text.toString();
    }

    /** What the case sets up, in words that hold for its settings. */
    String heading(IoCase kase) {
        long h = settings.hello().delay().toMillis();
        long w = settings.world().delay().toMillis();
        long d = settings.deadline().toMillis();
        return switch (kase) {
            case GATHER -> "all(): hello queries pg_sleep in PostgreSQL (" + h + " ms), world calls the downstream service ("
                    + w + " ms)";
            case GATHER_FAILURE -> "all(): hello's query fails in the server after " + h + " ms, world's call takes " + w
                    + " ms";
            case DEADLINE -> "all() with a " + d + " ms deadline: hello's query takes " + h + " ms, world's call " + w + " ms";
            case POOL_LIMIT -> String.format(Locale.ROOT, "%,d requests at once, each a %d ms query, through Hikari's pool "
                    + "of %d: at most %,d answers/s", settings.requests(), settings.query().toMillis(),
                    Database.HIKARI_DEFAULT_POOL,
                    Math.round(Database.HIKARI_DEFAULT_POOL * 1e9 / settings.query().toNanos()));
            case BULKHEAD -> String.format(Locale.ROOT, "the same %,d requests on virtual threads, without and with a "
                    + "semaphore in front of the pool", settings.requests());
            case CPU_STARVATION -> settings.cpuTasks() + " CPU-bound tasks, each computing for " + settings.cpuWork().toMillis()
                    + " ms, on "
                    + CpuStarvation.CARRIERS + " carriers and " + Runtime.getRuntime().availableProcessors()
                    + " cores; a virtual heartbeat ticks every "
                    + CpuStarvation.BEAT.toMillis() + " ms";
        };
    }

    /** {@code PSQLException 08006}: the driver's type and the SQLSTATE that says what kind of failure it was. */
    private static String briefly(SQLException e) {
        return e.getClass().getSimpleName() + " " + e.getSQLState();
    }

    private static String asThrown(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(", caused by ").append(cause);
        }
        return text.toString();
    }

    /** Only for a query its client abandoned (SQLSTATE 08006, connection failure): one that ended by itself has nothing to run on. */
    private static String serverRanOn(NetworkRun run) {
        ServerWatch.Seen server = run.server();
        if (!server.atReturn().startsWith("active")) {
            return run.driverSaid().filter(e -> CONNECTION_FAILURE.equals(e.getSQLState())).isPresent() ? "0 ms more" : "-";
        }
        return server.activeForMillis() < 0 ? "to the end of the watch" : server.activeForMillis() + " ms more";
    }

    private static String downstream(Optional<Served> served, long afterReturn) {
        if (served.isEmpty()) {
            return "never called";
        }
        if (served.get().ending() == Ending.ABANDONED) {
            return "abandoned after " + served.get().workedMillis() + " ms";
        }
        return afterReturn > 0 ? "completed, " + afterReturn + " ms after" : "completed";
    }

    private static String millis(Latencies latencies, double percentile) {
        double ms = latencies.millisAt(percentile);
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f", ms);
    }
}
