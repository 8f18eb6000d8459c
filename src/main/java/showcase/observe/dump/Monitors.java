package showcase.observe.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import showcase.observe.dump.ThreadDump.DumpedThread;
import showcase.observe.dump.ThreadDump.MonitorsOwned;

/**
 * Who holds each monitor a dump shows held, and the cycles of threads each blocked on a monitor
 * the next one holds: a deadlock, virtual threads included, since JDK 24 lets them block on
 * {@code synchronized} without pinning and the JSON dump names what they are blocked on. A
 * {@code java.util.concurrent} lock is not in it: JDK 25's {@code parkBlocker} names the lock,
 * not its owner.
 */
public final class Monitors {

    private final ThreadDump dump;
    private final Map<String, DumpedThread> holders = new HashMap<>();

    private Monitors(ThreadDump dump) {
        this.dump = dump;
        dump.threads().forEach(thread -> {
            for (MonitorsOwned owned : thread.monitorsOwned()) {
                owned.locks().forEach(lock -> holders.put(lock, thread));
            }
        });
    }

    public static Monitors of(ThreadDump dump) {
        return new Monitors(dump);
    }

    /** The thread holding {@code lock}, as {@code java.lang.Object@8ad6563}, if the dump shows one. */
    public Optional<DumpedThread> holder(String lock) {
        return Optional.ofNullable(holders.get(lock));
    }

    /** What {@code thread} is blocked behind: the holder of the monitor it waits to enter. */
    private Optional<DumpedThread> blocker(DumpedThread thread) {
        return Optional.ofNullable(thread.blockedOn()).flatMap(this::holder);
    }

    /**
     * Every cycle of blocked threads, each once, starting from its lowest thread id. A thread
     * waits for one monitor at most, so following the holders from any thread either ends or
     * comes round.
     */
    public List<List<DumpedThread>> deadlocks() {
        List<List<DumpedThread>> cycles = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        dump.threads().filter(thread -> thread.blockedOn() != null).forEach(start -> {
            Set<DumpedThread> path = new LinkedHashSet<>();
            Optional<DumpedThread> next = Optional.of(start);
            while (next.isPresent() && !seen.contains(next.get().tid()) && path.add(next.get())) {
                next = blocker(next.get());
            }
            if (next.isPresent() && path.contains(next.get())) {
                List<DumpedThread> walked = new ArrayList<>(path);
                List<DumpedThread> cycle = walked.subList(walked.indexOf(next.get()), walked.size());
                cycles.add(fromLowestId(cycle));
            }
            path.forEach(thread -> seen.add(thread.tid()));
        });
        return cycles;
    }

    private static List<DumpedThread> fromLowestId(List<DumpedThread> cycle) {
        int lowest = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).tid() < cycle.get(lowest).tid()) {
                lowest = i;
            }
        }
        List<DumpedThread> rotated = new ArrayList<>(cycle.subList(lowest, cycle.size()));
        rotated.addAll(cycle.subList(0, lowest));
        return List.copyOf(rotated);
    }

    /**
     * One line naming the threads of a cycle and the monitors between them, as
     * {@code dl-1 (virtual#34) is blocked on java.lang.Object@8ad6563, held by dl-2 (virtual#35), ...}.
     */
    public static String describe(List<DumpedThread> cycle) {
        StringBuilder line = new StringBuilder(name(cycle.getFirst()));
        for (int i = 0; i < cycle.size(); i++) {
            DumpedThread next = cycle.get((i + 1) % cycle.size());
            line.append(i == 0 ? " is" : ", which is").append(" blocked on ").append(cycle.get(i).blockedOn())
                    .append(", held by ").append(name(next));
        }
        return line.toString();
    }

    static String name(DumpedThread thread) {
        return (thread.name().isEmpty() ? "(unnamed)" : thread.name()) + " (" + thread.kind() + ")";
    }
}
