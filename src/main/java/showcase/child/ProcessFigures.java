package showcase.child;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What a process can say about itself when it is done: its peak resident memory (Linux's
 * {@code VmHWM}; nothing elsewhere) and the CPU time it used. A child reports these on its last
 * line, since once it has exited nobody else can read them.
 */
public final class ProcessFigures {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessFigures() {
    }

    /** The most memory this process has had resident at once, in bytes, where the OS says so. */
    public static OptionalLong peakRssBytes() {
        return kilobytesFromStatus("VmHWM:");
    }

    /** The memory this process has resident now, in bytes, where the OS says so. */
    public static OptionalLong rssBytes() {
        return kilobytesFromStatus("VmRSS:");
    }

    /** CPU time used by every thread of this process, user and system, in milliseconds. */
    public static long cpuMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000;
    }

    private static OptionalLong kilobytesFromStatus(String field) {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
