package showcase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.SharedPostgres;

/**
 * What the JDK and PgJDBC really do when a thread blocked in a query is interrupted: a virtual
 * thread's socket read is interruptible (the socket is closed, the driver throws, Hikari evicts
 * the connection) and a platform thread's is not; either way PostgreSQL runs the query on, unless
 * it is told to check its client.
 */
@ExtendWith(NoThreadLeftBehind.class)
class DatabaseInterruptTest {

    private static final Duration LONG_QUERY = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private Database db;

    @BeforeEach
    void connect() throws Exception {
        db = SharedPostgres.database();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private record Ended(Optional<SQLException> thrown, boolean interruptedAfter) {
    }

    @Test
    void aVirtualThreadsReadIsClosedByTheInterruptAndTheServerRunsTheQueryOn() throws Exception {
        var backend = new CompletableFuture<Integer>();
        var ended = new AtomicReference<Ended>();
        Thread thread = Thread.ofVirtual().start(() -> ended.set(query(db, backend)));
        int pid = backend.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        awaitActive(db, pid);
        thread.interrupt();
        assertTrue(thread.join(WAIT));

        SQLException thrown = ended.get().thrown().orElseThrow(() -> new AssertionError("the query ended normally"));
        assertInstanceOf(PSQLException.class, thrown);
        assertEquals("08006", thrown.getSQLState(), "connection failure");
        assertEquals("An I/O error occurred while sending to the backend.", thrown.getMessage());
        assertInstanceOf(SocketException.class, thrown.getCause());
        assertEquals("Closed by interrupt", thrown.getCause().getMessage());
        assertTrue(ended.get().interruptedAfter(), "the interrupt flag is still set");
        assertEquals(0, db.counts().active(), "the broken connection went back to Hikari, which evicted it");
        assertEquals("active: SELECT pg_sleep($1)", db.activityOf(pid), "the server still runs the query");
    }

    @Test
    void aPlatformThreadsReadIgnoresTheInterruptAndTheQueryEndsByItself() throws Exception {
        var backend = new CompletableFuture<Integer>();
        var ended = new AtomicReference<Ended>();
        var done = new AtomicBoolean();
        Thread thread = Thread.ofPlatform().start(() -> {
            ended.set(query(db, backend, Duration.ofMillis(300)));
            done.set(true);
        });
        int pid = backend.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        awaitActive(db, pid);
        thread.interrupt();
        assertTrue(thread.join(WAIT));

        assertNull(ended.get().thrown().orElse(null), "the query ended normally, as if no interrupt had come");
        assertTrue(ended.get().interruptedAfter(), "the interrupt is only a flag, set and unseen");
        assertTrue(done.get());
    }

    @Test
    void clientConnectionCheckIntervalEndsTheAbandonedQueryInTheServer() throws Exception {
        try (Database checking = Database.connect(SharedPostgres.jdbcUrl(),
                new Database.Settings(2, Database.HIKARI_DEFAULT_TIMEOUT, Optional.of(Duration.ofMillis(20))))) {
            var backend = new CompletableFuture<Integer>();
            Thread thread = Thread.ofVirtual().start(() -> query(checking, backend));
            int pid = backend.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            awaitActive(checking, pid);
            thread.interrupt();
            assertTrue(thread.join(WAIT));
            long interrupted = System.nanoTime();
            while (checking.activityOf(pid).startsWith("active")) {
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
            long serverRanOn = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted);
            assertTrue(serverRanOn < LONG_QUERY.toMillis() / 2, "the server stopped the query " + serverRanOn
                    + " ms after its client went, not at its end " + LONG_QUERY.toMillis() + " ms in");
        }
    }

    private static Ended query(Database db, CompletableFuture<Integer> backend) {
        return query(db, backend, LONG_QUERY);
    }

    private static Ended query(Database db, CompletableFuture<Integer> backend, Duration length) {
        try {
            db.sleep(length, backend::complete);
            return new Ended(Optional.empty(), Thread.currentThread().isInterrupted());
        } catch (SQLException e) {
            return new Ended(Optional.of(e), Thread.currentThread().isInterrupted());
        }
    }

    // The pid is known before the query is sent: the interrupt must come once the server runs it.
    private static void awaitActive(Database db, int pid) throws SQLException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!db.activityOf(pid).startsWith("active")) {
            assertTrue(System.nanoTime() < deadline, "the query never ran in the server");
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }
}
