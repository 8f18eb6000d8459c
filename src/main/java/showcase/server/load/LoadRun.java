package showcase.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.observe.Latencies;

/**
 * One window of load: N clients, each a virtual thread with a keep-alive connection, start one
 * after another, evenly spread over the ramp, and send {@code GET /hello} one after another as
 * fast as answers come back, while one more client probes
 * {@code GET /health} every 100 ms, from a platform thread with an HttpClient of its own in a scope
 * nested in theirs. They are forked in a {@code StructuredTaskScope} whose timeout is the window:
 * when it expires the scope is cancelled, every client is interrupted in the middle of its
 * request, and the run is over.
 */
final class LoadRun {

    /** Called every {@link #TICK} while the window is open, from a thread of its own. */
    interface Ticker {
        void tick(long elapsedNanos, long ok, long failed);
    }

    static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    static final Duration TICK = Duration.ofMillis(100);
    /** A client whose request failed at once (connection refused) waits this long, so it does not spin. */
    private static final Duration AFTER_AN_ERROR = Duration.ofMillis(10);
    /** How long a run that ended normally waits for the client to close its connections. */
    private static final Duration CLIENT_ENDS = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

    private final URI base;
    private final Duration ramp;
    private final Duration timeout;
    private final Latencies hello = new Latencies();
    private final Latencies health = new Latencies();
    private final LongAdder ok = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder inFlightAtEnd = new LongAdder();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

    private LoadRun(URI base, Duration ramp, Duration timeout) {
        this.base = base;
        this.ramp = ramp;
        this.timeout = timeout;
    }

    /**
     * Runs {@code clients} clients against {@code base} for {@code window}, the last of them
     * starting {@code ramp} after the first; {@code server} names it in the result.
     */
    static LoadResult run(String server, URI base, int clients, Duration window, Duration ramp, Duration timeout,
            Ticker ticker) throws InterruptedException {
        return new LoadRun(base, ramp, timeout).run(server, clients, window, ticker);
    }

    private LoadResult run(String server, int clients, Duration window, Ticker ticker) throws InterruptedException {
        // The client's own work (connecting, reading answers) runs on virtual threads too.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .connectTimeout(timeout).build();
            LoadResult result;
            try {
                result = measure(client, server, clients, window, ticker);
            } finally {
                // Interrupted (Ctrl-C), the run cuts every connection and leaves without waiting for the client:
                // the signal hook lets the JVM exit 300 ms after the signal, and by then the run must have
                // ended and said so.
                client.shutdownNow();
            }
            // Its connections closed before the next run opens as many again.
            client.awaitTermination(CLIENT_ENDS);
            return result;
        }
    }

    private LoadResult measure(HttpClient client, String server, int clients, Duration window, Ticker ticker)
            throws InterruptedException {
        long start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(Joiner.<Void>awaitAll(),
                config -> config.withName("load").withTimeout(window))) {
            HttpRequest hello = request("/hello");
            for (int i = 0; i < clients; i++) {
                Duration startAfter = clients == 1 ? Duration.ZERO : ramp.multipliedBy(i).dividedBy(clients - 1);
                scope.fork(() -> hammer(client, hello, startAfter));
            }
            scope.fork(this::probeOnItsOwn);
            scope.fork(() -> tick(ticker, start));
            scope.join();
        } catch (StructuredTaskScope.TimeoutException windowClosed) {
            // The clients run until the window closes: this is how every run ends.
        }
        // The window's own length, unless every client gave up before it closed.
        Duration measured = Duration.ofNanos(Math.min(window.toNanos(), System.nanoTime() - start));
        logErrors(server);
        return new LoadResult(server, clients, measured, ok.sum(), errors.sum(), timeouts.sum(), inFlightAtEnd.sum(),
                hello, health, ServerFigures.NONE);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).build();
    }

    private Void hammer(HttpClient client, HttpRequest hello, Duration startAfter) throws InterruptedException {
        try {
            Thread.sleep(startAfter);
        } catch (InterruptedException windowClosed) {
            return null;
        }
        while (true) {
            long sent = System.nanoTime();
            try {
                int status = client.send(hello, BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    this.hello.record(System.nanoTime() - sent);
                    ok.increment();
                } else {
                    failed("HTTP " + status);
                }
            } catch (HttpTimeoutException e) {
                timeouts.increment();
            } catch (IOException e) {
                failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                Thread.sleep(AFTER_AN_ERROR);
            } catch (InterruptedException windowClosed) {
                inFlightAtEnd.increment();
                return null;
            }
        }
    }

    /**
     * Forked as a virtual thread beside 2,000 clients, the probe waited in this JVM's scheduler behind
     * their bursts, and measured this JVM more than the server (README, "load"); on a platform thread,
     * with a client whose own threads are platform threads too, it waits for the server only.
     */
    private Void probeOnItsOwn() throws InterruptedException {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        try (var scope = StructuredTaskScope.open(Joiner.<Void>awaitAll(), config -> config.withName("health-probe")
                .withThreadFactory(Thread.ofPlatform().name("health-probe").factory()))) {
            scope.fork(() -> probe(own, request("/health")));
            scope.join();
        } finally {
            own.shutdownNow();
            own.awaitTermination(CLIENT_ENDS);
        }
        return null;
    }

    /**
     * Every {@link #PROBE_INTERVAL}, at fixed instants. A probe that takes longer delays the next
     * ones, so each is recorded with the correction for the probes it held up; a probe still
     * waiting when the window closes is recorded with the time it had waited, which is the least
     * it would have taken.
     */
    private Void probe(HttpClient client, HttpRequest health) throws InterruptedException {
        long next = System.nanoTime();
        while (true) {
            long sent = System.nanoTime();
            // A 200, a timeout and the window's end each say how long the server took, at the least; a failure, nothing.
            boolean timed = false;
            try {
                timed = client.send(health, BodyHandlers.discarding()).statusCode() == 200;
            } catch (HttpTimeoutException e) {
                timed = true;
            } catch (IOException e) {
                // The clients' errors already say what is wrong with the server.
            } catch (InterruptedException windowClosed) {
                timed = true;
                throw windowClosed;
            } finally {
                if (timed) {
                    this.health.recordProbe(System.nanoTime() - sent, PROBE_INTERVAL);
                }
            }
            next += PROBE_INTERVAL.toNanos();
            Thread.sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
        }
    }

    private Void tick(Ticker ticker, long start) throws InterruptedException {
        while (true) {
            Thread.sleep(TICK);
            ticker.tick(System.nanoTime() - start, ok.sum(), errors.sum() + timeouts.sum());
        }
    }

    private void failed(String kind) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private void logErrors(String server) {
        errorKinds.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(3)
                .forEach(kind -> log.warn("{}: {} errors: {}", server, kind.getValue().sum(), kind.getKey()));
    }
}
