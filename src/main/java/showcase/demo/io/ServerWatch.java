package showcase.demo.io;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import showcase.io.Database;
import showcase.observe.Threads;

/**
 * Watches, from the moment a caller gave up, how long PostgreSQL goes on running the query the
 * caller abandoned: it reads {@code pg_stat_activity} for the query's server process until that
 * process is no longer {@code active}. The server's own view, not the client's.
 */
final class ServerWatch {

    private static final Duration POLL = Duration.ofMillis(2);

    /** What the server said of the process when the caller returned, and for how long after that it stayed active. */
    record Seen(String atReturn, long activeForMillis) {
    }

    private final Thread thread;
    private volatile Seen seen;

    private ServerWatch(Database db, int pid, Duration longest) {
        long from = System.nanoTime();
        thread = Thread.ofVirtual().name("pg_stat_activity").start(() -> seen = watch(db, pid, from, longest));
    }

    /** Starts watching process {@code pid}; {@code longest} bounds the watch. */
    static ServerWatch start(Database db, int pid, Duration longest) {
        return new ServerWatch(db, pid, longest);
    }

    /** Waits for the watch to end; interrupted (Ctrl-C), stops it first, so that no thread is left. */
    Seen await() throws InterruptedException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            stop();
            throw e;
        }
        return seen;
    }

    /** Ends the watch now, for a run that will not read it. */
    void stop() {
        thread.interrupt();
        Threads.joinUninterruptibly(thread);
    }

    private static Seen watch(Database db, int pid, long from, Duration longest) {
        try {
            String first = db.activityOf(pid);
            String now = first;
            while (now.startsWith("active") && System.nanoTime() - from < longest.toNanos()) {
                Thread.sleep(POLL);
                now = db.activityOf(pid);
            }
            return new Seen(first, now.startsWith("active") ? -1 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from));
        } catch (SQLException e) {
            return new Seen("unknown: " + e, -1);
        } catch (InterruptedException stopped) {
            // Stopped by stop() or await(): this thread ends here, and nobody reads what it saw.
            return new Seen("unknown: interrupted", -1);
        }
    }
}
