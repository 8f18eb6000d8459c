package showcase.testing;

import showcase.io.Database;
import showcase.io.EmbeddedPostgres;

/**
 * One embedded PostgreSQL for every test of this JVM that needs one: started by the first (about
 * a second), stopped when the JVM exits, and by its watchdog if the JVM is killed instead.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    public static synchronized String jdbcUrl() throws Exception {
        if (server == null) {
            server = EmbeddedPostgres.start(0);
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-postgres-stop"));
        }
        return server.jdbcUrl();
    }

    /** A pool of Hikari's defaults on the shared server, filled: the test closes it. */
    public static Database database() throws Exception {
        return Database.connect(jdbcUrl(), Database.Settings.hikariDefaults());
    }
}
