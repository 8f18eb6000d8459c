package showcase.observe.dump;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import showcase.observe.dump.ThreadDump.DumpedThread;
import showcase.values.Counts;

/**
 * A whole dump of any JVM on one screen: whose dump it is, how many scopes and threads it holds
 * and what they wait for, every deadlock in one line, then the tree, collapsed unless asked in full.
 */
public final class DumpDrawing {

    private DumpDrawing() {
    }

    public static String of(ThreadDump dump, boolean full) {
        String nl = System.lineSeparator();
        Monitors monitors = Monitors.of(dump);
        Waits waits = new Waits(monitors);
        StringBuilder text = new StringBuilder(heading(dump)).append(nl).append(waiting(dump, waits)).append(nl);
        for (List<DumpedThread> cycle : monitors.deadlocks()) {
            text.append("deadlock: ").append(Monitors.describe(cycle)).append(nl);
        }
        return text.append(full ? ContainerTree.whole(dump, waits) : ContainerTree.collapsed(dump, waits)).toString();
    }

    // process 32152, Java 25.0.3+9-LTS, 2026-...Z: 6 thread containers, 1 scope, 15 threads (2 virtual, 13 platform)
    private static String heading(ThreadDump dump) {
        long scopes = dump.threadContainers().stream().filter(container -> container.owner() != null).count();
        long virtual = dump.threads().filter(DumpedThread::virtual).count();
        return "process " + dump.processId() + ", Java " + dump.runtimeVersion() + ", " + dump.time() + ": "
                + plural(dump.threadContainers().size(), "thread container") + ", " + plural(scopes, "scope") + ", "
                + plural(dump.threadCount(), "thread") + " (" + Counts.format(virtual) + " virtual, "
                + Counts.format(dump.threadCount() - virtual) + " platform)";
    }

    // waiting: sleep 4,000, scope join 2,001, socket read 3; no wait named: 25
    private static String waiting(ThreadDump dump, Waits waits) {
        Map<String, Long> kinds = dump.threads().map(thread -> waits.of(thread).kind())
                .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()));
        long other = kinds.getOrDefault("", 0L);
        kinds.remove("");
        String waiting = kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + Counts.format(entry.getValue()))
                .collect(Collectors.joining(", "));
        return "waiting: " + (waiting.isEmpty() ? "none" : waiting) + "; no wait named: "
                + Counts.format(other);
    }

    private static String plural(long count, String noun) {
        return Counts.format(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
