package showcase.observe.dump;

import java.util.IdentityHashMap;
import java.util.Map;
import showcase.observe.dump.ThreadDump.DumpedThread;

/**
 * What each thread of one dump waits for, worked out once however often it is asked: a drawing's
 * heading counts the waits, and its tree shows each beside its thread.
 */
final class Waits {

    // By identity: a thread record's own hash would walk its whole stack.
    private final Map<DumpedThread, Wait> byThread = new IdentityHashMap<>();
    private final Monitors monitors;

    Waits(Monitors monitors) {
        this.monitors = monitors;
    }

    Wait of(DumpedThread thread) {
        return byThread.computeIfAbsent(thread, seen -> Wait.of(seen, monitors));
    }
}
