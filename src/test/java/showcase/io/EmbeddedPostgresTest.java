package showcase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.PostgresProcesses;

/** The embedded server is real, answers through Hikari, and leaves neither a process nor a file once closed. */
@ExtendWith(NoThreadLeftBehind.class)
class EmbeddedPostgresTest {

    private static final Duration GONE_WITHIN = Duration.ofSeconds(2);

    @Test
    void aRealServerAnswersAndLeavesNothingOnceClosed() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(0);
        long pid = server.pid();
        try (Database db = Database.connect(server.jdbcUrl(), Database.Settings.hikariDefaults())) {
            assertTrue(PostgresProcesses.running().contains(pid), "the postmaster runs as pid " + pid);
            int[] backend = new int[1];
            db.sleep(Duration.ofMillis(1), p -> backend[0] = p);
            assertTrue(backend[0] > 0 && backend[0] != pid, "the query ran in a backend of its own: " + backend[0]);
            assertEquals(new Database.PoolCounts(0, 10, 10), db.counts(), "Hikari's default pool, filled and idle");
        } finally {
            server.close();
        }
        assertTrue(PostgresProcesses.awaitGone(pid, GONE_WITHIN), "the server stopped");
        assertFalse(Files.exists(server.directory()), "its files are deleted: " + server.directory());
    }

    @Test
    void aTakenPortIsOneClearLineNamingIt() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            var e = assertThrows(DatabaseUnavailable.class, () -> EmbeddedPostgres.start(port));
            assertTrue(e.getMessage().startsWith("port " + port + " cannot be listened on (Address already in use)"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aDatabaseThatRefusesIsHikarisOwnExceptionAsThrown() {
        var e = assertThrows(DatabaseUnavailable.class,
                () -> Database.connect("jdbc:postgresql://127.0.0.1:1/postgres", Database.Settings.hikariDefaults()));
        assertTrue(e.getMessage().startsWith("the database at jdbc:postgresql://127.0.0.1:1/postgres refused: "
                + "com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: "
                + "Connection to 127.0.0.1:1 refused."), e.getMessage());
    }
}
