package showcase.observe.dump;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import showcase.observe.Threads;

/**
 * A JSON thread dump as JDK 25 writes it ({@code HotSpotDiagnosticMXBean.dumpThreads} or
 * {@code jcmd PID Thread.dump_to_file -format=json}): the JVM's thread containers, each with its
 * parent and, for a {@code StructuredTaskScope}, the thread that opened it. That is the structure
 * the runtime itself knows; the records mirror the JSON's own field names.
 */
public record ThreadDump(String processId, String time, String runtimeVersion, List<Container> threadContainers) {

    public ThreadDump {
        threadContainers = threadContainers == null ? List.of() : List.copyOf(threadContainers);
    }

    /**
     * One thread container: {@code <root>}, an executor, a pool's carriers, or a scope.
     * {@code container} is {@code name/implementation@identity} when the container was named
     * ({@code withName("request-1")}), else the implementation's identity alone.
     */
    public record Container(String container, String parent, Long owner, List<DumpedThread> threads) {

        public Container {
            threads = threads == null ? List.of() : List.copyOf(threads);
        }

        /** The name the scope or pool was given, else the JDK's identity of the container. */
        public String label() {
            // The name may hold slashes of its own ("request-7 GET /hello"); the implementation's class name cannot.
            int slash = container.lastIndexOf('/');
            return slash < 0 ? container : container.substring(0, slash);
        }
    }

    /**
     * One thread as the dump saw it; {@code carrier} is the platform thread a mounted virtual thread
     * runs on. {@code blockedOn} is the monitor a {@code BLOCKED} thread waits to enter,
     * {@code waitingOn} the one it waits in {@code Object.wait} for, {@code parkBlocker} what it
     * parked for (JDK 25 gives the object only, not who holds it), and {@code monitorsOwned} the
     * monitors it holds, per frame.
     */
    public record DumpedThread(long tid, String name, String state, boolean virtual, Long carrier, List<String> stack,
            String blockedOn, String waitingOn, ParkBlocker parkBlocker, List<MonitorsOwned> monitorsOwned) {

        private static final Set<String> JDK_PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com.sun");

        public DumpedThread {
            stack = stack == null ? List.of() : List.copyOf(stack);
            monitorsOwned = monitorsOwned == null ? List.of() : List.copyOf(monitorsOwned);
        }

        /** {@code virtual#34} or {@code platform#3}, as the log says it. */
        public String kind() {
            return Threads.describe(virtual, tid);
        }

        /**
         * Where the thread is in code of its own: the first frame outside the JDK, as
         * {@code TaskSpec.run}; the top frame when the whole stack is the JDK's.
         */
        public Optional<String> frame() {
            return stack.stream().filter(frame -> !isJdk(frame)).findFirst().or(() -> stack.stream().findFirst())
                    .map(DumpedThread::shortFrame);
        }

        // "java.base/java.lang.Thread.sleep(Thread.java:1)": a module-qualified frame names its module first.
        static boolean isJdk(String frame) {
            String method = method(frame);
            int slash = method.indexOf('/');
            String qualified = slash < 0 ? method : method.substring(slash + 1);
            String module = slash < 0 ? "" : method.substring(0, slash);
            return module.startsWith("java.") || module.startsWith("jdk.")
                    || JDK_PACKAGE_ROOTS.stream().anyMatch(root -> qualified.startsWith(root + "."));
        }

        static String method(String frame) {
            int paren = frame.indexOf('(');
            return paren < 0 ? frame : frame.substring(0, paren);
        }

        // "showcase.tasks.TaskSpec.run(TaskSpec.java:44)" -> "TaskSpec.run"
        private static String shortFrame(String frame) {
            String method = method(frame);
            String qualified = method.substring(method.indexOf('/') + 1);
            int methodDot = qualified.lastIndexOf('.');
            if (methodDot < 0) {
                return qualified;
            }
            int classDot = qualified.lastIndexOf('.', methodDot - 1);
            return qualified.substring(classDot + 1);
        }
    }

    /** {@code {"object": "java.util.concurrent.locks.ReentrantLock$NonfairSync@3afb444"}}. */
    public record ParkBlocker(String object) {
    }

    /** The monitors a thread holds in the frame {@code depth} down its stack. */
    public record MonitorsOwned(int depth, List<String> locks) {

        public MonitorsOwned {
            locks = locks == null ? List.of() : List.copyOf(locks);
        }
    }

    /** Every thread of the dump, container by container. */
    public Stream<DumpedThread> threads() {
        return threadContainers.stream().flatMap(container -> container.threads().stream());
    }

    public int threadCount() {
        return threadContainers.stream().mapToInt(container -> container.threads().size()).sum();
    }
}
