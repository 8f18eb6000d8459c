package showcase.server;

import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.StructuredTaskScope.Configuration;
import java.util.concurrent.ThreadFactory;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.tasks.TaskSpec;

/**
 * A Jetty 12 server whose every {@code GET /hello} gathers the seed's two tasks in a structured
 * scope. In platform mode Jetty's {@code QueuedThreadPool} runs requests on its bounded pool of
 * platform threads and a request's scope forks platform threads; in virtual mode the same pool
 * gets a {@code VirtualThreadPool} as its virtual-threads executor (the Jetty 12 programming
 * guide's preferred shape), so each request runs on a virtual thread of its own and forks virtual
 * threads. Stopping cancels the scopes in flight, so their tasks are interrupted, not waited for.
 * A health port, if asked for, is a second connector with platform threads of its own: what it
 * accepts never queues behind a burst of requests waiting for a carrier.
 */
public final class ShowcaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ShowcaseServer.class);

    /** Loopback only: this is a demo, not a service for the network. */
    private static final String HOST = "127.0.0.1";
    /** The connector's acceptor and selector each keep a thread of the pool for themselves. */
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;
    /** Thousands of clients connect at once under load; Jetty's default backlog (50) would drop their SYNs. */
    private static final int ACCEPT_QUEUE = 8192;
    /**
     * The most a stop may take: on Ctrl-C the signal hook lets the JVM exit 300 ms after the signal,
     * and the stop must be over by then, or its last log line is lost. Cancelled requests answer
     * within milliseconds; this bounds a stop that goes wrong.
     */
    private static final Duration STOP_BUDGET = Duration.ofMillis(200);
    /** Half the budget for the cancelled requests to leave, the other half for Jetty's pool to stop its threads. */
    private static final Duration REQUESTS_LEAVE = STOP_BUDGET.dividedBy(2);
    private static final Duration POOL_STOP = STOP_BUDGET.minus(REQUESTS_LEAVE);
    /**
     * Jetty's graceful stop would wait for clients to close their idle keep-alive connections; the
     * requests in flight are cancelled by hand instead, so Jetty may close every connection at once.
     */
    private static final long NO_GRACEFUL_PHASE = 0;
    /**
     * The health port's own pool: its acceptor and selector, and threads for the checks, which answer at
     * once. Platform threads, so that a check never waits in the virtual threads' queue (README, "load").
     */
    private static final int HEALTH_THREADS = 6;

    private final Server server;
    private final ServerConnector connector;
    private final Optional<ServerConnector> healthConnector;
    private final InFlight inFlight;

    private ShowcaseServer(ServerSettings settings, RequestObserver observer) {
        var pool = new QueuedThreadPool(settings.pool() + ACCEPTORS + SELECTORS);
        pool.setName("pool");
        pool.setStopTimeout(POOL_STOP.toMillis());
        UnaryOperator<Configuration> forks = UnaryOperator.identity();
        if (settings.mode() == ThreadMode.VIRTUAL) {
            var virtual = new VirtualThreadPool();
            virtual.setName("request");
            // 0 is no bound. VirtualThreadPool's own default is 200 concurrent tasks, a hidden ceiling
            // as low as the platform pool's: left as it is, the switch to virtual threads would change nothing.
            virtual.setMaxConcurrentTasks(settings.virtualLimit().orElse(0));
            pool.setVirtualThreadsExecutor(virtual);
        } else {
            ThreadFactory platform = Thread.ofPlatform().name("fork-", 0).factory();
            forks = config -> config.withThreadFactory(platform);
        }
        server = new Server(pool);
        server.setStopTimeout(NO_GRACEFUL_PHASE);
        connector = new ServerConnector(server, ACCEPTORS, SELECTORS);
        connector.setHost(HOST);
        connector.setPort(settings.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        healthConnector = settings.healthPort().isPresent()
                ? Optional.of(healthConnector(settings.healthPort().getAsInt())) : Optional.empty();
        inFlight = new InFlight();
        var hello = new HelloEndpoint(TaskSpec.hello(settings.helloDelay()), TaskSpec.world(settings.worldDelay()), forks);
        server.setHandler(new Routes(hello, inFlight, observer));
        server.setErrorHandler(new JsonErrors());
    }

    // A connector with an executor of its own: Jetty runs what it accepts there, not on the server's pool.
    private ServerConnector healthConnector(int port) {
        var pool = new QueuedThreadPool(HEALTH_THREADS, HEALTH_THREADS);
        pool.setName("health");
        pool.setStopTimeout(POOL_STOP.toMillis());
        var health = new ServerConnector(server, pool, null, null, ACCEPTORS, SELECTORS, new HttpConnectionFactory());
        health.setHost(HOST);
        health.setPort(port);
        server.addConnector(health);
        return health;
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws PortUnavailable if the port is in use or may not be bound
     */
    public static ShowcaseServer start(ServerSettings settings, RequestObserver observer) throws Exception {
        var server = new ShowcaseServer(settings, observer);
        try {
            // Each port bound on its own first, so that a refusal names the option that asked for it.
            open(server.connector, settings.port(), "--port");
            if (server.healthConnector.isPresent()) {
                open(server.healthConnector.get(), settings.healthPort().orElseThrow(), "--health-port");
            }
            server.server.start();
        } catch (Exception e) {
            server.connector.close();
            server.healthConnector.ifPresent(ServerConnector::close);
            server.server.stop();
            throw e;
        }
        return server;
    }

    private static void open(ServerConnector connector, int port, String option) throws Exception {
        try {
            connector.open();
        } catch (Exception e) {
            throw bindFailure(e, port, option).orElseThrow(() -> e);
        }
    }

    private static Optional<PortUnavailable> bindFailure(Throwable e, int port, String option) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(new PortUnavailable("port " + port + " cannot be listened on (" + bind.getMessage()
                        + "): choose another with " + option + ", or " + option + " 0 for any free one", e));
            }
        }
        return Optional.empty();
    }

    /** The address to send requests to, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + HOST + ":" + connector.getLocalPort());
    }

    /** Where health checks go on the port of their own, e.g. {@code http://127.0.0.1:8081/health}, if there is one. */
    public Optional<URI> healthUri() {
        return healthConnector.map(health -> URI.create("http://" + HOST + ":" + health.getLocalPort() + Routes.HEALTH));
    }

    /** Waits until the server has stopped; interrupted, returns at once with the exception (it does not stop it). */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops accepting, cancels every request in flight (its scope's tasks are interrupted, and it
     * answers 503), waits for them to leave, then stops Jetty and its threads: within
     * 200 ms in all (the stop budget), however long a request takes to leave.
     */
    @Override
    public void close() {
        connector.setAccepting(false);
        healthConnector.ifPresent(health -> health.setAccepting(false));
        int cancelled = inFlight.cancelAll();
        // A stop on Ctrl-C runs on a thread whose interrupt asked for it: the stop must still wait, then
        // leave the interrupt set for its caller.
        boolean interrupted = false;
        boolean allLeft;
        long deadline = System.nanoTime() + REQUESTS_LEAVE.toNanos();
        while (true) {
            try {
                allLeft = inFlight.awaitEmpty(Duration.ofNanos(deadline - System.nanoTime()));
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop: " + e.getMessage(), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("stopped: {} requests handled, at most {} at once; {} in flight cancelled{}", inFlight.handled(),
                inFlight.peak(), cancelled, allLeft ? "" : ", some still running after " + REQUESTS_LEAVE.toMillis() + " ms");
    }
}
