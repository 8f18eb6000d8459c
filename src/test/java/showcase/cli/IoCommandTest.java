package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.Main;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.SharedPostgres;

/** {@code io} from the command line: bad input is one line and exit 2, and a run prints what it measured. */
@ExtendWith(NoThreadLeftBehind.class)
class IoCommandTest {

    @Test
    void aUrlThatIsNotPostgresIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of("io", "--jdbc-url", "jdbc:mysql://localhost/db");
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(List.of("scripts/showcase: Invalid value for option '--jdbc-url': --jdbc-url must be a PostgreSQL URL, "
                + "jdbc:postgresql://HOST:PORT/DB..., not 'jdbc:mysql://localhost/db' (see scripts/showcase io --help)"), run.err());
    }

    @Test
    void aDatabaseThatRefusesIsOneLineAndExitTwo() throws Exception {
        CommandRun run = CommandRun.of("io", "--case", "gather", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/postgres");
        assertEquals(Main.USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.err().size(), run.err().toString());
        assertTrue(run.err().getFirst().contains("refused: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException"),
                run.err().getFirst());
    }

    @Test
    void aRefusingUrlsPasswordIsNotPrinted() throws Exception {
        CommandRun run = CommandRun.of("io", "--case", "gather",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/postgres?user=me&password=secret");
        assertEquals(Main.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().getFirst().startsWith("scripts/showcase: the database at jdbc:postgresql://127.0.0.1:1/postgres "
                + "refused: "), run.err().getFirst());
        assertTrue(run.err().stream().noneMatch(line -> line.contains("secret")), run.err().toString());
    }

    @Test
    void aPortForTheEmbeddedServerBesideAUrlIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of("io", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/postgres", "--pg-port", "5432");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().getFirst().contains("--pg-port is the embedded PostgreSQL's, and --jdbc-url replaces it"),
                run.err().toString());
    }

    @Test
    void aChartOfCasesThatDrawNoneIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of("io", "--case", "cpu-starvation", "--chart", "target/io-none.svg");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().getFirst().contains("--chart draws the gather, gather-failure and deadline runs"),
                run.err().toString());
    }

    @Test
    void theStarvationCaseNeedsNoDatabase() throws Exception {
        CommandRun run = CommandRun.succeeding("io", "--case", "cpu-starvation", "--model", "sequential",
                "--cpu-tasks", "1", "--cpu-work", "30ms", "--format", "csv");
        assertEquals("case,model,tasks,carriers,wall ms,heartbeat ticks,longest gap ms", run.outLines().getFirst());
        assertTrue(run.outLines().get(1).startsWith("cpu-starvation,sequential,1,"), run.out());
        assertTrue(run.log().stream().noneMatch(line -> line.contains("PostgreSQL")), "no database was started");
    }

    @Test
    void aDeadlineRunAgainstTheUsersDatabasePrintsEveryRunAsJson() throws Exception {
        CommandRun run = CommandRun.succeeding("io", "--case", "deadline", "--model", "structured",
                "--jdbc-url", SharedPostgres.jdbcUrl(), "--hello-delay", "100ms", "--world-delay", "150ms",
                "--deadline", "40ms", "--format", "json");
        assertTrue(run.out().contains("\"driver threw\": \"PSQLException 08006\""), run.out());
        assertTrue(run.out().contains("\"downstream\": \"abandoned after "), run.out());
        assertTrue(run.out().contains("caused by java.net.SocketException: Closed by interrupt"), run.out());
    }

    @Test
    void thePoolCasesPrintARowPerWayOfServingTheLoad() throws Exception {
        CommandRun run = CommandRun.succeeding("io", "--case", "pool-limit", "--jdbc-url", SharedPostgres.jdbcUrl(),
                "--requests", "40", "--query", "5ms", "--platform-pool", "4", "--format", "csv");
        List<String> rows = run.outLines();
        assertEquals("case,how,requests,answered,refused,wall ms,answers/s,door wait p99 ms,pool wait p99 ms,"
                + "answer p50 ms,answer p99 ms,refused p99 ms", rows.getFirst());
        assertTrue(rows.get(1).startsWith("pool-limit,virtual threads (one per request),40,40,0,"), rows.toString());
        assertTrue(rows.get(2).startsWith("pool-limit,platform pool of 4,40,40,0,"), rows.toString());
        assertTrue(rows.get(3).startsWith("pool-limit,virtual threads (connectionTimeout 250 ms),40,"), rows.toString());
        assertEquals(4, rows.size(), rows.toString());
    }

    @Test
    void theBulkheadCasePrintsItsRefusalAsThrown() throws Exception {
        CommandRun run = CommandRun.succeeding("io", "--case", "bulkhead", "--jdbc-url", SharedPostgres.jdbcUrl(),
                "--requests", "200", "--query", "20ms", "--bulkhead", "2", "--bulkhead-wait", "10ms");
        assertTrue(run.out().contains("bulkhead: the same 200 requests on virtual threads, without and with a semaphore"),
                run.out());
        assertTrue(run.out().contains("  bulkhead of 2 (waits 10 ms) "), run.out());
        assertTrue(run.out().contains("refused with: bulkhead full: 503 after 10 ms"), run.out());
    }

    @Test
    void theStarvationCaseInTextNamesTheCarriersAndTheCores() throws Exception {
        CommandRun run = CommandRun.succeeding("io", "--case", "cpu-starvation", "--model", "structured",
                "--cpu-tasks", "1", "--cpu-work", "30ms");
        assertTrue(run.out().contains("cpu-starvation: 1 CPU-bound tasks, each computing for 30 ms, on "
                + Runtime.getRuntime().availableProcessors() + " carriers and " + Runtime.getRuntime().availableProcessors()
                + " cores"), run.out());
    }
}
