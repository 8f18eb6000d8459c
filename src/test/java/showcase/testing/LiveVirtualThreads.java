package showcase.testing;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The virtual threads alive in this JVM, by id and name. No Java API lists them (the thread MXBean
 * and {@code Thread.getAllStackTraces} see platform threads only), but the JSON thread dump does:
 * every virtual thread is in a thread container, the root one included.
 */
public final class LiveVirtualThreads {

    private static final Pattern THREAD = Pattern.compile(
            "\"tid\": \"(\\d+)\",\\s*\"time\": \"[^\"]*\",\\s*(\"virtual\": true,\\s*)?\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final HotSpotDiagnosticMXBean DIAGNOSTICS = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    private LiveVirtualThreads() {
    }

    /** Thread id to name, for every virtual thread alive now. */
    public static Map<Long, String> now() {
        try {
            Path dir = Files.createTempDirectory("threads");
            Path dump = dir.resolve("dump.json");
            try {
                DIAGNOSTICS.dumpThreads(dump.toString(), ThreadDumpFormat.JSON);
                Map<Long, String> virtual = new TreeMap<>();
                Matcher thread = THREAD.matcher(Files.readString(dump));
                while (thread.find()) {
                    if (thread.group(2) != null) {
                        virtual.put(Long.parseLong(thread.group(1)), thread.group(3));
                    }
                }
                return virtual;
            } finally {
                Files.deleteIfExists(dump);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
