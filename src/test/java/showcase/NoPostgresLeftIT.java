package showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import showcase.testing.PostgresProcesses;

/**
 * Run after the unit tests' JVM has ended: every embedded PostgreSQL it started must be gone, or
 * at least still watched. One whose watchdog was killed (a test once killed every child of its JVM)
 * would outlive the build, so the build fails instead.
 */
class NoPostgresLeftIT {

    @Test
    void noEmbeddedPostgresRunsWithoutItsWatchdog() {
        List<Long> unwatched = PostgresProcesses.unwatched();
        assertEquals(List.of(), unwatched, "PostgreSQL servers nothing will stop (pids)");
    }
}
