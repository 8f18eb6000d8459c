package showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import showcase.io.EmbeddedPostgres;

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
        return pids().stream().filter(pid -> isRunningPostgres(Path.of("/proc", Long.toString(pid)))).toList();
    }

    private static List<Long> pids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::parseLong).toList();
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

    /**
     * The running servers this project started whose watchdog is gone, so that nothing will stop
     * them: those whose directory no other process names among its arguments.
     */
    public static List<Long> unwatched() {
        List<Long> servers = running();
        Map<Long, List<String>> arguments = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (long pid : pids()) {
            arguments.put(pid, arguments(pid));
            if (!servers.contains(pid)) {
                named.addAll(arguments.get(pid));
            }
        }
        return servers.stream()
                .filter(pid -> directory(arguments.getOrDefault(pid, List.of())).filter(d -> !named.contains(d)).isPresent())
                .toList();
    }

    /** The directory an embedded server's {@code -D DIRECTORY/data} names, if it is one of this project's. */
    private static Optional<String> directory(List<String> arguments) {
        int option = arguments.indexOf("-D");
        if (option < 0 || option + 1 >= arguments.size()) {
            return Optional.empty();
        }
        Path directory = Path.of(arguments.get(option + 1)).getParent();
        return Optional.ofNullable(directory)
                .filter(d -> d.getFileName().toString().startsWith(EmbeddedPostgres.DIRECTORY_PREFIX))
                .map(Path::toString);
    }

    // /proc/PID/cmdline holds the arguments, each ended by a NUL.
    private static List<String> arguments(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return line.isEmpty() ? List.of() : List.of(line.split("\u0000"));
        } catch (IOException | UncheckedIOException gone) {
            return List.of();
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
