package showcase.io;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;

/**
 * PostgreSQL through HikariCP, sized as it comes (a pool of 10): every query waits in the server
 * ({@code pg_sleep}), so the wait is a socket read on the caller's thread, and a caller that
 * cannot have a connection waits in Hikari's queue, not in the database.
 */
public final class Database implements AutoCloseable {

    /** HikariCP's own default size: the ceiling that no number of threads lifts. */
    public static final int HIKARI_DEFAULT_POOL = 10;
    /** HikariCP's own default wait for a connection. */
    public static final Duration HIKARI_DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Hikari's own shortest connectionTimeout: it refuses a shorter one. */
    public static final Duration HIKARI_SHORTEST_TIMEOUT = Duration.ofMillis(250);

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final Duration FILL_WAIT = Duration.ofSeconds(5);
    private static final Duration FILL_POLL = Duration.ofMillis(1);

    /**
     * How the pool is set up.
     *
     * @param connectionTimeout how long a caller waits for a connection before Hikari throws
     * @param clientCheck PostgreSQL's {@code client_connection_check_interval} for each connection, if any:
     *         how often the server looks whether the client of a running query is still there
     */
    public record Settings(int size, Duration connectionTimeout, Optional<Duration> clientCheck) {

        public static Settings hikariDefaults() {
            return new Settings(HIKARI_DEFAULT_POOL, HIKARI_DEFAULT_TIMEOUT, Optional.empty());
        }

        public Settings withConnectionTimeout(Duration timeout) {
            return new Settings(size, timeout, clientCheck);
        }

        public Settings withClientCheck(Optional<Duration> interval) {
            return new Settings(size, connectionTimeout, interval);
        }
    }

    /** Hikari's own counts: connections lent out, idle in the pool, and in all. */
    public record PoolCounts(int active, int idle, int total) {

        @Override
        public String toString() {
            return "active " + active + ", idle " + idle + ", total " + total;
        }

        /** {@code 0/10/10}: active, idle, total. */
        public String brief() {
            return active + "/" + idle + "/" + total;
        }
    }

    private final HikariDataSource pool;
    private final String jdbcUrl;
    private final Settings settings;

    private Database(HikariDataSource pool, String jdbcUrl, Settings settings) {
        this.pool = pool;
        this.jdbcUrl = jdbcUrl;
        this.settings = settings;
    }

    /**
     * Opens a pool and fills it.
     *
     * @throws DatabaseUnavailable if the server refuses or cannot be reached: Hikari's own exception, as thrown
     */
    public static Database connect(String jdbcUrl, Settings settings) throws DatabaseUnavailable {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("db-" + POOLS.incrementAndGet());
        config.setMaximumPoolSize(settings.size());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        settings.clientCheck().ifPresent(interval ->
                config.setConnectionInitSql("SET client_connection_check_interval = " + interval.toMillis()));
        Database db;
        try {
            db = new Database(new HikariDataSource(config), jdbcUrl, settings);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable("the database at " + withoutParameters(jdbcUrl) + " refused: " + e, e);
        }
        db.awaitFilled();
        return db;
    }

    /** The URL up to its parameters, which may carry a password. */
    private static String withoutParameters(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }

    /**
     * Hikari opens one connection at start and adds the others from a thread of its own, one by one:
     * a load sent at once would find one connection, not ten, and measure Hikari's filling instead.
     * An interrupt ends the wait early, its flag kept, for the caller's next wait to answer.
     */
    private void awaitFilled() throws DatabaseUnavailable {
        long deadline = System.nanoTime() + FILL_WAIT.toNanos();
        while (pool.getHikariPoolMXBean().getTotalConnections() < settings.size()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                int total = pool.getHikariPoolMXBean().getTotalConnections();
                close();
                throw new DatabaseUnavailable("the database at " + withoutParameters(jdbcUrl) + " gave " + total + " of "
                        + settings.size() + " connections in " + FILL_WAIT.toSeconds() + " s (is max_connections lower?)", null);
            }
            LockSupport.parkNanos(FILL_POLL.toNanos());
        }
    }

    /**
     * Runs {@code SELECT pg_sleep(...)}, telling {@code backend} which server process runs it before
     * it starts: the server's pid is what {@code pg_stat_activity} knows it by.
     */
    public void sleep(Duration duration, IntConsumer backend) throws SQLException {
        query("SELECT pg_sleep(?)", duration, backend);
    }

    /**
     * Sleeps in the server, then fails there: {@code ERROR: division by zero}, SQLSTATE 22012. The
     * divisor is volatile ({@code random() * 0}): a constant {@code 1 / 0} is folded by the planner,
     * which fails the query before it has slept at all.
     */
    public void sleepThenFail(Duration duration, IntConsumer backend) throws SQLException {
        query("SELECT 1 / (random() * 0)::int FROM pg_sleep(?)", duration, backend);
    }

    private void query(String sql, Duration duration, IntConsumer backend) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            backend.accept(connection.unwrap(PGConnection.class).getBackendPID());
            statement.setDouble(1, duration.toNanos() / 1e9);
            statement.execute();
        }
    }

    /**
     * What the server says its process {@code pid} is doing, as {@code pg_stat_activity} has it
     * ({@code active: SELECT pg_sleep($1)}, {@code idle: ...}), or {@code gone} once that process has ended.
     */
    public String activityOf(int pid) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT state, query, pid = pg_backend_pid() FROM pg_stat_activity WHERE pid = ?")) {
            statement.setInt(1, pid);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return "gone";
                }
                // The pool may lend this very connection: then the process is ours, and was idle in the pool.
                return row.getBoolean(3) ? "idle" : row.getString(1) + ": " + row.getString(2);
            }
        }
    }

    public PoolCounts counts() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return new PoolCounts(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections());
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        // Closed on Ctrl-C by the interrupted thread: Hikari would give up waiting for its connections to close.
        boolean interrupted = Thread.interrupted();
        try {
            pool.close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
