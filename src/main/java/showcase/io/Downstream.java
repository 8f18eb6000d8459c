package showcase.io;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real service downstream, on Jetty at an ephemeral loopback port: {@code GET /work?id=X&ms=N}
 * works for N ms, sending its progress as it goes, and keeps its own record of every request:
 * completed, or abandoned by a client that closed the connection midway. That record, kept at the
 * far end, says what a caller's cancellation really reached.
 */
public final class Downstream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Downstream.class);

    /**
     * How often the work reports progress and looks for its client. A write learns that the client
     * has gone when the peer's socket is closed: the first one after is refused, the next fails.
     */
    static final Duration PROGRESS = Duration.ofMillis(5);
    private static final ByteBuffer DOT = ByteBuffer.wrap(".".getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();
    private static final ByteBuffer DONE = ByteBuffer.wrap(" done\n".getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();

    /** How a request ended at the far end. */
    public enum Ending { COMPLETED, ABANDONED }

    /**
     * How the service learns that its client has gone. The JDK's {@code HttpClient} closes a
     * connection it cancels through a channel registered with its selector, and such a close only
     * shuts down output (the FIN) until the selector next wakes: until then the service's writes
     * still succeed, so a service that only writes may finish the work for nobody.
     */
    public enum Watch {
        /** Only by a write refused, which needs the client's socket closed for good. */
        WRITES,
        /** Also by reading the connection between writes, as PostgreSQL's client check polls: the FIN is seen at once. */
        READS
    }

    /**
     * One request as the service saw it, times on {@link System#nanoTime()}: it ended either
     * {@code COMPLETED}, its answer sent, or {@code ABANDONED}, its client gone before that.
     */
    public record Served(String id, long startNanos, long endNanos, Ending ending) {

        public long workedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final Map<String, CompletableFuture<Served>> requests = new ConcurrentHashMap<>();

    private final Watch watch;

    private Downstream(Watch watch) {
        this.watch = watch;
        var pool = new QueuedThreadPool();
        pool.setName("downstream");
        var virtual = new VirtualThreadPool();
        virtual.setName("downstream-request");
        virtual.setMaxConcurrentTasks(0);
        pool.setVirtualThreadsExecutor(virtual);
        server = new Server(pool);
        server.setStopTimeout(0);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Work());
    }

    /** Starts the service on a free loopback port. */
    public static Downstream start(Watch watch) throws Exception {
        var downstream = new Downstream(watch);
        downstream.server.start();
        log.info("downstream service on {}, watching its clients by {}", downstream.uri(),
                watch.name().toLowerCase(Locale.ROOT));
        return downstream;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** The address of a request the service will know as {@code id} and work on for {@code work}. */
    public URI work(String id, Duration work) {
        return uri().resolve("/work?id=" + id + "&ms=" + work.toMillis());
    }

    /** How request {@code id} ended at the far end, once it has, or empty if it had not within {@code timeout}. */
    public Optional<Served> awaitEnd(String id, Duration timeout) throws InterruptedException {
        try {
            return Optional.of(future(id).get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException notYet) {
            return Optional.empty();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private CompletableFuture<Served> future(String id) {
        return requests.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the downstream service did not stop: " + e, e);
        }
    }

    /** A blocking handler: it runs on a virtual thread of its own, so its pauses hold no platform thread. */
    private final class Work extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long start = System.nanoTime();
            Fields query = Request.extractQueryParameters(request);
            String id = query.getValue("id");
            Duration asked = Duration.ofMillis(Long.parseLong(query.getValue("ms")));
            log.info("{}: working for {} ms", id, asked.toMillis());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=us-ascii");
            Ending ending = Ending.COMPLETED;
            try {
                long end = start + asked.toNanos();
                for (long now = start; now < end; now = System.nanoTime()) {
                    Thread.sleep(Duration.ofNanos(Math.min(PROGRESS.toNanos(), end - now)));
                    if (watch == Watch.READS && hungUp(request)) {
                        throw new EOFException("the client hung up");
                    }
                    write(response, false, DOT);
                }
                write(response, true, DONE);
                callback.succeeded();
            } catch (IOException | InterruptedException gone) {
                // The client gone (a write refused, or its hang-up read), or the service stopping under the request.
                ending = Ending.ABANDONED;
                callback.failed(gone);
                if (gone instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
            var served = new Served(id, start, System.nanoTime(), ending);
            log.info("{}: {} after {} ms", id, ending == Ending.COMPLETED ? "completed" : "abandoned by the client",
                    served.workedMillis());
            future(id).complete(served);
            return true;
        }

        /**
         * A client of this service never sends more once its request is in, so a read that finds
         * the end of the stream means it has gone; one that finds nothing means it is still there.
         */
        private static boolean hungUp(Request request) throws IOException {
            EndPoint connection = request.getConnectionMetaData().getConnection().getEndPoint();
            return connection.fill(BufferUtil.allocate(1)) < 0;
        }

        private static void write(Response response, boolean last, ByteBuffer content) throws IOException {
            try (Blocker.Callback written = Blocker.callback()) {
                response.write(last, content.duplicate(), written);
                written.block();
            }
        }
    }
}
