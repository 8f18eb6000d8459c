package showcase.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The PostgreSQL server processes running on this machine, read from {@code /proc}: a server
 * detaches from whoever started it, so it is nobody's descendant. One that has exited but not yet
 * been reaped by its new parent (a zombie) is not running, and is not counted.
 */
public final class PostgresProcesses {

    private static final Duration LOOK_AGAIN = Duration.ofMillis(20);

    private PostgresProcesses() {
    }

    /** The pids of the running processes named {@code postgres}. */
    public static List<Long> running() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(PostgresProcesses::isRunningPostgres)
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    /** Waits up to {@code grace} for {@code pid} to stop running; true if it did. */
    public static boolean awaitGone(long pid, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (running().contains(pid)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());
        }
        return true;
    }

    /** Waits up to {@code grace} for every one of {@code pids} to stop running; returns those still running. */
    public static List<Long> stillRunningAfter(List<Long> pids, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            List<Long> alive = running().stream().filter(pids::contains).toList();
            if (alive.isEmpty() || System.nanoTime() - deadline > 0) {
                return alive;
            }
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());
        }
    }

    // /proc/PID/stat is "PID (COMM) STATE ...": a zombie's state is Z.
    private static boolean isRunningPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            return stat.substring(stat.indexOf('(') + 1, close).equals("postgres") && stat.charAt(close + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }
}
