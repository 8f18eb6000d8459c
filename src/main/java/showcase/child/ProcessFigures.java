package showcase.child;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a process can say about itself when it is done: its peak resident memory (Linux's
 * {@code VmHWM}; nothing elsewhere) and the CPU time it used. A child reports these on its last
 * line, since once it has exited nobody else can read them. While another process runs, its
 * memory and its operating-system threads can be read from outside (a server under load).
 */
public final class ProcessFigures {

    /** Another live process's memory and threads, from one reading of its status, each where the OS says so. */
    public record Status(OptionalLong rssBytes, OptionalLong peakRssBytes, OptionalLong threads) {
    }

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String THREADS = "Threads:";
    /** utime and stime, fields 14 and 15 of /proc/PID/stat, counted from field 3. */
    private static final int UTIME = 11;
    private static final int STIME = 12;
    private static final long MILLIS_PER_TICK = 10;

    private ProcessFigures() {
    }

    /** The most memory this process has had resident at once, in bytes, where the OS says so. */
    public static OptionalLong peakRssBytes() {
        return kilobytes(lines(STATUS), "VmHWM:");
    }

    /** The memory this process has resident now, in bytes, where the OS says so. */
    public static OptionalLong rssBytes() {
        return kilobytes(lines(STATUS), "VmRSS:");
    }

    /**
     * Another live process's resident memory now and at its peak, in bytes, and its operating-system
     * threads: platform threads, never virtual ones.
     */
    public static Status status(long pid) {
        List<String> status = lines(Path.of("/proc", Long.toString(pid), "status"));
        return new Status(kilobytes(status, "VmRSS:"), kilobytes(status, "VmHWM:"),
                field(status, THREADS).stream().mapToLong(Long::parseLong).findFirst());
    }

    /** CPU time used by every thread of this process, user and system, in milliseconds. */
    public static long cpuMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000;
    }

    /**
     * CPU time used so far by every thread of another live process, user and system, in
     * milliseconds, where the OS says so. {@code /proc/PID/stat} counts it in clock ticks, which
     * Linux exposes to programs as 100 a second (USER_HZ) whatever the kernel's own rate.
     */
    public static OptionalLong cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name, field 2, may hold spaces and parentheses: count fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of((Long.parseLong(fields[UTIME]) + Long.parseLong(fields[STIME])) * MILLIS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong kilobytes(List<String> status, String field) {
        return field(status, field).stream().mapToLong(value -> Long.parseLong(value.replace("kB", "").strip()) * 1024)
                .findFirst();
    }

    // A /proc status file's lines; none where there is no such file (not Linux, or the process is gone).
    private static List<String> lines(Path status) {
        if (!Files.isReadable(status)) {
            return List.of();
        }
        try {
            return Files.readAllLines(status);
        } catch (IOException e) {
            return List.of();
        }
    }

    // The value after "Field:" in a /proc status file's lines; empty where there is none.
    private static Optional<String> field(List<String> status, String field) {
        return status.stream()
                .filter(line -> line.startsWith(field))
                .map(line -> line.substring(field.length()).strip())
                .filter(value -> value.matches("\\d+( kB)?"))
                .findFirst();
    }
}
