package showcase.demo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.io.Database;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.SharedPostgres;

/**
 * A pool of ten connections under many requests: however many threads wait, no more than ten
 * queries run at once, so the load cannot end sooner than requests / 10 × query; where the
 * waiting happens depends on the threads, and a timeout or a bulkhead turns waiting into refusals.
 */
@ExtendWith(NoThreadLeftBehind.class)
class PoolLoadTest {

    private static final int REQUESTS = 100;
    private static final Duration QUERY = Duration.ofMillis(20);
    /** No load of REQUESTS through ten connections can end sooner. */
    private static final long FLOOR_MILLIS = REQUESTS / Database.HIKARI_DEFAULT_POOL * QUERY.toMillis();

    private Database db;

    @BeforeEach
    void connect() throws Exception {
        db = SharedPostgres.database();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onVirtualThreadsEveryRequestStartsAtOnceAndWaitsInThePool() throws Exception {
        PoolLoad.Row row = PoolLoad.run("virtual", Executors::newVirtualThreadPerTaskExecutor, db, REQUESTS, QUERY,
                Optional.empty());
        assertEquals(REQUESTS, row.answered());
        assertTrue(row.wallMillis() >= FLOOR_MILLIS, "the pool of ten is the limit: " + row.wallMillis() + " ms");
        assertTrue(row.pool().millisAt(99) > row.door().millisAt(99) * 2, "the waiting moved into Hikari: door p99 "
                + row.door().millisAt(99) + " ms, pool p99 " + row.pool().millisAt(99) + " ms");
        assertEquals(0, row.after().active(), "no connection leaked");
    }

    @Test
    void aPlatformPoolSmallerThanTheConnectionPoolQueuesAtTheDoor() throws Exception {
        PoolLoad.Row row = PoolLoad.run("platform", () -> Executors.newFixedThreadPool(5), db, REQUESTS, QUERY,
                Optional.empty());
        assertEquals(REQUESTS, row.answered());
        assertTrue(row.door().millisAt(99) > row.pool().millisAt(99) * 2, "door p99 " + row.door().millisAt(99)
                + " ms, pool p99 " + row.pool().millisAt(99) + " ms");
    }

    @Test
    void aShortConnectionTimeoutRefusesWithHikarisOwnException() throws Exception {
        // Hikari's shortest: "connectionTimeout cannot be less than 250ms". Four times the load outlasts it.
        try (Database impatient = Database.connect(db.jdbcUrl(),
                db.settings().withConnectionTimeout(Duration.ofMillis(250)))) {
            PoolLoad.Row row = PoolLoad.run("impatient", Executors::newVirtualThreadPerTaskExecutor, impatient,
                    4 * REQUESTS, QUERY, Optional.empty());
            assertTrue(row.refused() > 0, "some could not have a connection in time");
            assertEquals(4 * REQUESTS, row.answered() + row.refused());
            String refusal = row.firstRefusal().orElseThrow();
            Matcher hikari = Pattern.compile("java\\.sql\\.SQLTransientConnectionException: db-\\d+ - Connection is not "
                    + "available, request timed out after (\\d+)ms \\(total=\\d+, active=\\d+, idle=\\d+, waiting=\\d+\\)")
                    .matcher(refusal);
            assertTrue(hikari.matches(), refusal);
            assertTrue(Long.parseLong(hikari.group(1)) >= 250, "Hikari waited its connectionTimeout first: " + refusal);
        }
    }

    @Test
    void aBulkheadRefusesWhatItCannotServeWithinItsPatience() throws Exception {
        var bulkhead = new Io.Bulkhead(Database.HIKARI_DEFAULT_POOL, Duration.ofMillis(30));
        PoolLoad.Row row = PoolLoad.run("bulkhead", Executors::newVirtualThreadPerTaskExecutor, db, REQUESTS, QUERY,
                Optional.of(bulkhead));
        assertTrue(row.refused() > 0 && row.answered() >= Database.HIKARI_DEFAULT_POOL, row.answered() + " answered, "
                + row.refused() + " refused");
        assertEquals(REQUESTS, row.answered() + row.refused());
        assertEquals("bulkhead full: 503 after 30 ms", row.firstRefusal().orElseThrow());
        assertTrue(row.pool().millisAt(99) < row.refusals().millisAt(50), "a permit holder finds a connection free: "
                + "pool p99 " + row.pool().millisAt(99) + " ms");
    }
}
