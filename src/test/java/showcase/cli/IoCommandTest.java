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
}
