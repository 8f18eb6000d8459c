package showcase.observe.dump;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import showcase.observe.dump.ThreadDump.DumpedThread;

/**
 * What a thread of a dump waits for, as far as the dump says: the monitor it is blocked on and
 * who holds it, the object it waits on, what it parked for, or else what its top JDK frames are
 * doing (a sleep, a socket read, a scope's join). {@code kind} is the word the summary counts.
 */
public record Wait(String kind, String detail) {

    /** The JDK methods that say what a thread waits for, most telling first; the first found in the top frames wins. */
    private static final List<Map.Entry<String, String>> FRAMES = List.of(
            Map.entry("java.lang.Thread.sleep", "sleep"),
            Map.entry("java.util.concurrent.StructuredTaskScopeImpl.join", "scope join"),
            Map.entry("sun.nio.ch.NioSocketImpl.accept", "socket accept"),
            Map.entry("sun.nio.ch.ServerSocketChannelImpl.accept", "socket accept"),
            Map.entry("sun.nio.ch.NioSocketImpl.connect", "socket connect"),
            Map.entry("sun.nio.ch.SocketChannelImpl.connect", "socket connect"),
            Map.entry("sun.nio.ch.NioSocketImpl.implRead", "socket read"),
            Map.entry("sun.nio.ch.SocketChannelImpl.read", "socket read"),
            Map.entry("sun.nio.ch.NioSocketImpl.implWrite", "socket write"),
            Map.entry("sun.nio.ch.SocketChannelImpl.write", "socket write"),
            Map.entry("sun.nio.ch.SelectorImpl.select", "selector"),
            Map.entry("sun.nio.ch.EPoll.wait", "epoll"),
            Map.entry("java.lang.Thread.join", "Thread.join"),
            Map.entry("java.util.concurrent.FutureTask.get", "Future.get"),
            Map.entry("java.util.concurrent.CompletableFuture.get", "Future.get"),
            Map.entry("java.util.concurrent.CompletableFuture.join", "Future.get"),
            Map.entry("java.util.concurrent.locks.LockSupport.park", "park"));

    public static Wait of(DumpedThread thread, Monitors monitors) {
        if (thread.blockedOn() != null) {
            String held = monitors.holder(thread.blockedOn()).map(holder -> ", held by " + Monitors.name(holder))
                    .orElse("");
            return new Wait("monitor", thread.blockedOn() + held);
        }
        if (thread.waitingOn() != null) {
            return new Wait("Object.wait", thread.waitingOn());
        }
        String kind = fromFrames(thread.stack()).orElse("");
        if (thread.parkBlocker() != null && (kind.isEmpty() || kind.equals("park"))) {
            return new Wait("park", thread.parkBlocker().object());
        }
        return new Wait(kind, "");
    }

    // Only the JDK's frames above the program's first: below it, the program's own caller may be anything.
    private static Optional<String> fromFrames(List<String> stack) {
        List<String> top = stack.stream().takeWhile(DumpedThread::isJdk).map(Wait::qualified).toList();
        return FRAMES.stream().filter(entry -> top.stream().anyMatch(method -> method.startsWith(entry.getKey())))
                .map(Map.Entry::getValue).findFirst();
    }

    private static String qualified(String frame) {
        String method = DumpedThread.method(frame);
        return method.substring(method.indexOf('/') + 1);
    }

    /** {@code sleep}, or {@code monitor java.lang.Object@8ad6563, held by dl-2 (virtual#35)}. */
    public String text() {
        return detail.isEmpty() ? kind : kind + " " + detail;
    }
}
