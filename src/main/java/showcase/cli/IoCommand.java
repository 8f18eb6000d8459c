package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.io.Io;
import showcase.demo.io.IoCase;
import showcase.io.Database;
import showcase.io.DatabaseUnavailable;
import showcase.io.Downstream;
import showcase.report.Report;
import showcase.tasks.TaskSpec;
import showcase.values.UsageException;

/** {@code io}: the sleeps become a real query and a real HTTP call, and what that changes is measured. */
public final class IoCommand implements Subcommand {

    public static final String NAME = "io";
    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Real I/O: a query in PostgreSQL and an HTTP call, the pool of ten, cancellation across the network.";
    }

    @Override
    public String description() {
        return "hello becomes a query that waits in PostgreSQL (embedded, started and stopped here; or yours with "
                + "--jdbc-url), reached through HikariCP's default pool of 10; world becomes a call to a downstream "
                + "HTTP service started here, which records what reached it. The cases: the gather, a failing query, a "
                + "deadline (what each model's cancellation reaches at the far ends), the pool as the limit, a bulkhead, "
                + "and CPU-bound work starving the carriers.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.model("all", "The models to run the gather, failure, deadline and starvation cases with: "
                        + "${COMPLETION-CANDIDATES}."),
                Options.oneOrAll("--case", "case", IoCase.class, "The cases to run"),
                Options.format("How to print the tables"),
                Options.duration("--hello-delay", "200ms", "How long hello's query waits in the server."),
                Options.duration("--world-delay", "300ms", "How long the downstream service works on world's call."),
                Options.duration("--deadline", "100ms", "The deadline of the deadline case."),
                Options.choice("--downstream-watch", "watch", Downstream.Watch.READS, "How the downstream service "
                        + "learns that a client has gone: only when a write is refused, or also by reading its "
                        + "connection between writes (the JDK's HttpClient may leave a cancelled connection half-closed)"),
                OptionSpec.builder("--jdbc-url")
                        .paramLabel("URL")
                        .type(String.class)
                        .converters(Options.converter(IoCommand::jdbcUrl))
                        .description("A PostgreSQL of yours instead of the embedded one, e.g. "
                                + "jdbc:postgresql://localhost:5432/postgres?user=me&password=secret.")
                        .build(),
                Options.count("--pg-port", "0", 0, 65_535, "The embedded PostgreSQL's port; 0 for any free one."),
                Options.duration("--client-check", null, Duration.ofMillis(1), Duration.ofMinutes(1),
                        "Set PostgreSQL's client_connection_check_interval on every connection: how soon the server "
                                + "notices that the client of a running query has gone."),
                Options.count("--requests", "1000", 1, 100_000, "How many requests the pool cases send at once."),
                Options.duration("--query", "10ms", "How long each query of the pool cases waits in the server."),
                Options.count("--platform-pool", "200", 1, 10_000, "The threads of the platform pool in pool-limit."),
                Options.duration("--connection-timeout", "250ms", Database.HIKARI_SHORTEST_TIMEOUT, Options.MAX_DELAY,
                        "The short Hikari connectionTimeout of pool-limit's last row; Hikari takes none shorter than 250ms."),
                Options.count("--bulkhead", "10", 1, 10_000, "The bulkhead's permits."),
                Options.duration("--bulkhead-wait", "100ms", "How long a request waits for a permit before a 503."),
                Options.count("--cpu-tasks", null, 1, 10_000, "How many CPU-bound tasks the starvation case runs. "
                        + "Default: one per carrier."),
                Options.duration("--cpu-work", "300ms", "How long each CPU-bound task computes."),
                Options.chart("Draw the gather, failure and deadline runs as a timeline."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        ModelChoice models = options.get("--model");
        OneOrAll<IoCase> cases = options.get("--case");
        Optional<Path> chart = Optional.ofNullable(options.get("--chart"));
        if (chart.isPresent() && cases.chosen().stream().noneMatch(kase -> kase.network().isPresent())) {
            throw new UsageException("--chart draws the gather, gather-failure and deadline runs, and none is chosen");
        }
        String jdbcUrl = options.get("--jdbc-url");
        if (jdbcUrl != null && options.given("--pg-port")) {
            throw new UsageException("--pg-port is the embedded PostgreSQL's, and --jdbc-url replaces it: give one of them");
        }
        long pgPort = options.get("--pg-port");
        Long cpuTasks = options.get("--cpu-tasks");
        var settings = new Io.Settings(
                models.models(),
                cases.chosen(),
                jdbcUrl == null ? new Io.Where.Embedded((int) pgPort) : new Io.Where.Url(jdbcUrl),
                TaskSpec.hello(options.get("--hello-delay")),
                TaskSpec.world(options.get("--world-delay")),
                options.get("--downstream-watch"),
                options.get("--deadline"),
                Optional.ofNullable(options.get("--client-check")),
                intOf(options, "--requests"),
                options.get("--query"),
                intOf(options, "--platform-pool"),
                options.get("--connection-timeout"),
                new Io.Bulkhead(intOf(options, "--bulkhead"), options.get("--bulkhead-wait")),
                cpuTasks == null ? Io.carriers() : cpuTasks.intValue(),
                options.get("--cpu-work"),
                options.get("--format"),
                chart);
        try {
            new Io(settings).run(report);
        } catch (DatabaseUnavailable e) {
            throw new UsageException(e.getMessage());
        }
        return true;
    }

    private static int intOf(Parsed options, String option) {
        return options.<Long>get(option).intValue();
    }

    private static String jdbcUrl(String text) {
        if (!text.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL, " + JDBC_PREFIX + "//HOST:PORT/DB..."
                    + ", not '" + text + "'");
        }
        return text;
    }
}
