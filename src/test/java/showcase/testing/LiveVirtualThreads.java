package showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import showcase.observe.dump.NotAThreadDump;
import showcase.observe.dump.ThreadDump;
import showcase.observe.dump.ThreadDumpFiles;

/**
 * The virtual threads alive in this JVM, by id and name. No Java API lists them (the thread MXBean
 * and {@code Thread.getAllStackTraces} see platform threads only), but the JSON thread dump does:
 * every virtual thread is in a thread container, the root one included. Read with the project's
 * own dump reader, the one {@code tree} draws from.
 */
public final class LiveVirtualThreads {

    private LiveVirtualThreads() {
    }

    /** Thread id to name, for every virtual thread alive now. */
    public static Map<Long, String> now() {
        ThreadDump dump;
        try {
            dump = ThreadDumpFiles.dumpThisProcess();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotAThreadDump e) {
            throw new IllegalStateException("this JVM's own thread dump does not read: " + e.getMessage(), e);
        }
        Map<Long, String> virtual = new TreeMap<>();
        dump.threadContainers().stream().flatMap(container -> container.threads().stream())
                .filter(ThreadDump.DumpedThread::virtual)
                .forEach(thread -> virtual.put(thread.tid(), thread.name()));
        return virtual;
    }
}
