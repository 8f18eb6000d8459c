package showcase.server.load;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.report.Format;
import showcase.report.Report;
import showcase.values.Counts;
import showcase.values.Durations;
import showcase.values.UsageException;

/**
 * {@code load}: the same load against a server on a virtual thread per request and against one
 * on a pool of platform threads, each started in a JVM of its own, and the figures side by side:
 * throughput, latency percentiles, a health probe's latency while saturated, the server's memory
 * and threads. Or the load alone against a server of yours ({@code --url}).
 */
public final class Load {

    /**
     * What to run: against {@code url}, or against each of {@code servers} in turn, at each
     * level of concurrency; then how to report it.
     */
    public record Settings(Optional<URI> url, List<Target> servers, List<Integer> levels, Duration window,
            Duration ramp, Duration timeout, Format format, Optional<Path> chart) {
    }

    private static final Logger log = LoggerFactory.getLogger(Load.class);
    /** Open files a JVM needs besides its sockets: jars, pipes, its own. */
    private static final int FILES_BESIDES_SOCKETS = 200;
    private static final Duration REACHABLE_WITHIN = Duration.ofSeconds(5);

    private final Settings settings;

    public Load(Settings settings) {
        this.settings = settings;
    }

    public void run(Report report) throws Exception {
        checkOpenFileLimit(settings.levels().stream().mapToInt(Integer::intValue).max().orElseThrow());
        if (settings.url().isPresent()) {
            checkAnswers(settings.url().get());
        }
        List<LoadResult> results = new CopyOnWriteArrayList<>();
        report.track(() -> results.isEmpty() ? "" : LoadReport.render(results, settings.format()));
        for (int clients : settings.levels()) {
            if (settings.url().isPresent()) {
                URI url = settings.url().get();
                results.add(explained(runAgainst(url.toString(), url, clients)));
            } else {
                for (Target target : settings.servers()) {
                    results.add(explained(ServerChild.with(target.serveArguments(), settings.window().plus(settings.timeout()),
                            (uri, pid) -> runAgainst(target, uri, pid, clients))));
                }
            }
        }
        settings.chart().ifPresent(chart -> {
            LoadChart.write(results, settings.levels().size() > 1, chart);
            log.info("chart drawn in {}", chart);
        });
    }

    private LoadResult runAgainst(Target target, URI uri, long pid, int clients) throws InterruptedException {
        log.info("{}: server pid {} on {}; {}", target.label(), pid, uri, clientsFor(clients));
        var sampler = new ServerSampler(pid);
        LoadResult result = run(target.label(), uri, clients, sampler::sample);
        return result.with(sampler.figures());
    }

    private LoadResult runAgainst(String label, URI url, int clients) throws InterruptedException {
        log.info("{}: {}", label, clientsFor(clients));
        return run(label, url, clients, () -> { });
    }

    private String clientsFor(int clients) {
        return Counts.format(clients) + " clients for " + Durations.format(settings.window())
                + (settings.ramp().isZero() || clients == 1 ? ", all started at once"
                        : ", started over " + Durations.format(settings.ramp()));
    }

    private LoadResult run(String label, URI uri, int clients, Runnable sample) throws InterruptedException {
        try (var progress = RunProgressBar.onStderr(label + ", " + Counts.format(clients) + " clients", settings.window())) {
            LoadResult result = LoadRun.run(label, uri, clients, settings.window(), settings.ramp(), settings.timeout(),
                    (elapsed, ok, failed) -> {
                        sample.run();
                        progress.show(elapsed, ok, failed);
                    });
            progress.completed(result);
            return result;
        }
    }

    private static LoadResult explained(LoadResult result) {
        log.info("{}: {} answers in {} s ({}/s), p50 {} ms, p99 {} ms; {} errors, {} timeouts; "
                        + "/health p99 {} ms{}", result.server(), Counts.format(result.ok()),
                String.format(Locale.ROOT, "%.1f", result.window().toMillis() / 1000.0),
                Counts.format(Math.round(result.requestsPerSecond())), LoadReport.millis(result.hello().millisAt(50)),
                LoadReport.millis(result.hello().millisAt(99)), Counts.format(result.errors()),
                Counts.format(result.timeouts()),
                LoadReport.millis(result.health().millisAt(99)), cpu(result));
        return result;
    }

    // What a request cost the server's CPU: on two cores, the ceiling that no choice of threads lifts.
    private static String cpu(LoadResult result) {
        OptionalLong cpu = result.figures().cpuMillis();
        return cpu.isEmpty() || result.ok() == 0 ? ""
                : String.format(Locale.ROOT, "; server CPU %.1f s, %.2f ms per answer", cpu.getAsLong() / 1000.0,
                        (double) cpu.getAsLong() / result.ok());
    }

    /** A URL where nothing listens is a mistake in the command, not a server that fails under load. */
    private static void checkAnswers(URI url) throws InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(REACHABLE_WITHIN).build()) {
            client.send(HttpRequest.newBuilder(url.resolve("/health")).timeout(REACHABLE_WITHIN).build(),
                    BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UsageException("nothing answers at " + url + " (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "): is the server running?");
        }
    }

    /** Each client holds a socket open in this process, and the server one for each: both must be allowed that many. */
    private static void checkOpenFileLimit(int clients) {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix)) {
            return;
        }
        long limit = unix.getMaxFileDescriptorCount();
        if (clients + FILES_BESIDES_SOCKETS > limit) {
            throw new UsageException(Counts.format(clients) + " clients need about " + Counts.format(clients + FILES_BESIDES_SOCKETS)
                    + " open files in this process and as many in the server, but a process may open " + Counts.format(limit)
                    + " here: raise the limit (ulimit -n) or run fewer clients");
        }
    }
}
