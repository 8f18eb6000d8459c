package showcase.demo.io;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.demo.CaseTimeline;
import showcase.io.Database;
import showcase.io.DatabaseUnavailable;
import showcase.io.Downstream;
import showcase.io.EmbeddedPostgres;
import showcase.model.ConcurrencyModel;
import showcase.observe.LibraryLogs;
import showcase.report.Format;
import showcase.report.Report;
import showcase.report.TimelineChart;
import showcase.tasks.TaskSpec;

/**
 * {@code io}: the demos' sleeps become real I/O, a query in PostgreSQL through HikariCP and a call
 * to a downstream HTTP service, and every lesson that brings is measured: what a cancellation
 * reaches at the far ends, where the waiting goes when a pool of ten meets thousands of virtual
 * threads, what a bulkhead buys, and what CPU-bound work does to the virtual threads' scheduler.
 * The database and the service are started here and stopped however the run ends.
 */
public final class Io {

    private static final Logger log = LoggerFactory.getLogger(Io.class);

    /** Where the database is: the embedded one on a port (0 for any), or the user's. */
    public sealed interface Where {
        record Embedded(int port) implements Where {
        }

        record Url(String jdbcUrl) implements Where {
        }
    }

    /**
     * A semaphore in front of the pool: a request waits at most {@code patience} for one of
     * {@code permits}, else it is refused at once (a 503) instead of queueing in Hikari.
     */
    public record Bulkhead(int permits, Duration patience) {
    }

    /**
     * What to run and how to print it.
     *
     * @param hello the query: how long it waits in the server
     * @param world the HTTP call: how long the service works
     * @param watch how the downstream service learns that a client has gone
     * @param clientCheck PostgreSQL's {@code client_connection_check_interval} on every connection, if given
     * @param requests how many requests the pool cases send at once
     * @param platformPool the threads of the platform pool in the pool case
     * @param shortTimeout the short {@code connectionTimeout} of the pool case's last row
     * @param cpuTasks how many CPU-bound tasks the starvation case runs
     */
    public record Settings(List<ConcurrencyModel> models, List<IoCase> cases, Where database, TaskSpec hello,
            TaskSpec world, Downstream.Watch watch, Duration deadline, Optional<Duration> clientCheck, int requests, Duration query,
            int platformPool, Duration shortTimeout, Bulkhead bulkhead, int cpuTasks, Duration cpuWork,
            Format format, Optional<Path> chart) {
    }

    private final Settings settings;

    public Io(Settings settings) {
        this.settings = settings;
    }

    /** The virtual threads' carriers: {@code -Djdk.virtualThreadScheduler.parallelism} if set, else the cores. */
    public static int carriers() {
        return CpuStarvation.CARRIERS;
    }

    /** @throws DatabaseUnavailable if the database cannot be started or reached */
    public void run(Report report) throws Exception {
        LibraryLogs.warningsOnly("io.zonky", "com.zaxxer.hikari", "org.eclipse.jetty");
        var sections = new IoReport(settings);
        report.track(sections::render);
        List<IoCase> cases = settings.cases();
        boolean network = cases.stream().anyMatch(kase -> kase.network().isPresent());
        try (var resources = new Resources()) {
            if (cases.stream().anyMatch(IoCase::needsDatabase)) {
                resources.database(settings);
            }
            if (network) {
                resources.downstream(settings.watch());
                resources.warmUp();
            }
            for (IoCase kase : cases) {
                switch (kase) {
                    case GATHER, GATHER_FAILURE, DEADLINE -> runOverTheNetwork(kase, resources, sections);
                    case POOL_LIMIT -> runPoolLimit(resources.db, sections);
                    case BULKHEAD -> runBulkhead(resources.db, sections);
                    case CPU_STARVATION -> runCpuStarvation(sections);
                }
            }
        }
        settings.chart().ifPresent(chart -> {
            TimelineChart.write(CaseTimeline.of("io: a query and an HTTP call, every model",
                    sections.networkRuns().stream().map(NetworkRun::result).toList()), chart);
            log.info("timeline drawn in {}", chart);
        });
    }

    private void runOverTheNetwork(IoCase kase, Resources resources, IoReport sections) throws InterruptedException {
        var over = new OverTheNetwork(resources.db, resources.downstream, resources.http, settings.deadline());
        for (ConcurrencyModel model : settings.models()) {
            NetworkRun run = over.run(model, kase, settings.hello(), settings.world());
            sections.add(kase, run);
            log.info("{} / {}: {} in {} ms; {}", kase.id(), model.name(), run.result().outcome(),
                    run.result().wallMillis(), run.result().aftermath());
        }
    }

    private void runPoolLimit(Database db, IoReport sections) throws Exception {
        load(sections, IoCase.POOL_LIMIT, "virtual threads (one per request)", Executors::newVirtualThreadPerTaskExecutor,
                db, Optional.empty());
        load(sections, IoCase.POOL_LIMIT, "platform pool of " + settings.platformPool(),
                () -> Executors.newFixedThreadPool(settings.platformPool(), Thread.ofPlatform().name("door-", 0).factory()),
                db, Optional.empty());
        try (Database impatient = connect(db, settings.shortTimeout())) {
            load(sections, IoCase.POOL_LIMIT, "virtual threads (connectionTimeout " + settings.shortTimeout().toMillis()
                    + " ms)", Executors::newVirtualThreadPerTaskExecutor, impatient, Optional.empty());
        }
    }

    private void runBulkhead(Database db, IoReport sections) throws InterruptedException {
        load(sections, IoCase.BULKHEAD, "no bulkhead", Executors::newVirtualThreadPerTaskExecutor, db, Optional.empty());
        load(sections, IoCase.BULKHEAD, "bulkhead of " + settings.bulkhead().permits() + " (waits "
                + settings.bulkhead().patience().toMillis() + " ms)", Executors::newVirtualThreadPerTaskExecutor, db,
                Optional.of(settings.bulkhead()));
    }

    private void load(IoReport sections, IoCase kase, String how, Supplier<ExecutorService> door, Database db,
            Optional<Bulkhead> bulkhead) throws InterruptedException {
        log.info("{}: {} requests, {}", kase.id(), settings.requests(), how);
        PoolLoad.Row row = PoolLoad.run(how, door, db, settings.requests(), settings.query(), bulkhead);
        sections.add(kase, row);
        log.info("{}: {} answered, {} refused in {} ms; pool after: {}", how, row.answered(), row.refused(),
                row.wallMillis(), row.after());
    }

    private void runCpuStarvation(IoReport sections) throws Exception {
        for (ConcurrencyModel model : settings.models()) {
            CpuStarvation.Row row = CpuStarvation.run(model, settings.cpuTasks(), settings.cpuWork());
            sections.add(row);
            log.info("cpu-starvation / {}: {} ms; the heartbeat's longest gap {} ms", model.name(), row.wallMillis(),
                    row.longestGapMillis());
        }
    }

    private Database connect(Database like, Duration connectionTimeout) throws DatabaseUnavailable {
        return Database.connect(like.jdbcUrl(), like.settings().withConnectionTimeout(connectionTimeout));
    }

    /** What a run starts, stopped in the reverse order however the run ends. */
    private static final class Resources implements AutoCloseable {

        private final List<Runnable> closers = new ArrayList<>();
        private Database db;
        private Downstream downstream;
        private HttpClient http;

        void database(Settings settings) throws DatabaseUnavailable, InterruptedException {
            Database.Settings pool = Database.Settings.hikariDefaults().withClientCheck(settings.clientCheck());
            String url = switch (settings.database()) {
                case Where.Url given -> given.jdbcUrl();
                case Where.Embedded embedded -> {
                    EmbeddedPostgres server = EmbeddedPostgres.start(embedded.port());
                    closers.add(server::close);
                    yield server.jdbcUrl();
                }
            };
            db = Database.connect(url, pool);
            closers.add(db::close);
        }

        void downstream(Downstream.Watch watch) throws Exception {
            downstream = Downstream.start(watch);
            closers.add(downstream::close);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            closers.add(http::close);
        }

        /**
         * One query and one call before anything is measured: the first of each loads the driver's,
         * the client's and the handler's classes, which would otherwise count against the first model.
         */
        void warmUp() throws Exception {
            db.sleep(Duration.ZERO, pid -> { });
            http.send(HttpRequest.newBuilder(downstream.work("warm-up", Duration.ZERO)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        @Override
        public void close() {
            RuntimeException first = null;
            for (Runnable closer : closers.reversed()) {
                try {
                    closer.run();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
