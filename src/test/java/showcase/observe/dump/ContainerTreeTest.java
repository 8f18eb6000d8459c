package showcase.observe.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drawing checked-in dumps, taken from real runs and trimmed: tree's own (virtual and platform)
 * and a foreign process's, with executors and no scope.
 */
class ContainerTreeTest {

    private static final long MAIN = 3;

    static Path fixture(String name) {
        try {
            return Path.of(ContainerTreeTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String drawing) {
        // Alignment aside: runs of spaces after a label or a column, not in the tree's own indentation.
        return drawing.lines().map(line -> line.replaceAll("(?<=[^\\s│]) {2,}", "  ")).toList();
    }

    @Test
    void nestedScopesHangUnderTheThreadsThatOpenedThem() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(fixture("tree-virtual.json"));

        assertEquals(List.of(
                "main  platform#3  RUNNABLE  ThreadDumpFiles.dumpThisProcess",
                "└── request-1",
                "    ├── hello  virtual#22  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "    └── world  virtual#24  WAITING  RequestTree.world  scope join",
                "        └── world-parts",
                "            ├── fetch-planet  virtual#25  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "            └── fetch-greeting  virtual#26  TIMED_WAITING  RequestTree$Leaf.run  sleep"),
                lines(ContainerTree.under(dump, MAIN).orElseThrow()));
    }

    @Test
    void onPlatformThreadsTheTreeHasTheSameShape() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(fixture("tree-platform.json"));

        assertEquals(List.of(
                "main  platform#3  RUNNABLE  ThreadDumpFiles.dumpThisProcess",
                "└── request-1",
                "    ├── hello  platform#22  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "    └── world  platform#23  WAITING  RequestTree.world  scope join",
                "        └── world-parts",
                "            ├── fetch-planet  platform#24  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "            └── fetch-greeting  platform#25  TIMED_WAITING  RequestTree$Leaf.run  sleep"),
                lines(ContainerTree.under(dump, MAIN).orElseThrow()));
    }

    @Test
    void theWholeDumpShowsTheRootItsThreadsAndEveryContainer() throws Exception {
        List<String> lines = lines(ContainerTree.whole(ThreadDumpFiles.read(fixture("tree-virtual.json"))));

        assertEquals("<root>", lines.getFirst());
        assertTrue(lines.contains("│           └── world-parts"), String.join("\n", lines));
        assertTrue(lines.contains("├── ForkJoinPool-1"), "the virtual threads' carriers:\n" + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(
                "│   ├── ForkJoinPool-1-worker-1  platform#20  TIMED_WAITING  Unsafe.park  park java.util.concurrent.ForkJoinPool@")),
                String.join("\n", lines));
    }

    @Test
    void aForeignProcessShowsItsExecutorsAndNoScope() throws Exception {
        List<String> lines = lines(ContainerTree.whole(ThreadDumpFiles.read(fixture("foreign-executors.json"))));

        assertEquals("<root>", lines.getFirst());
        assertTrue(lines.contains("├── main  platform#3  TIMED_WAITING  Foreign.main  sleep"), String.join("\n", lines));
        int pool = lines.indexOf("├── java.util.concurrent.ThreadPoolExecutor@13acb0d1");
        assertEquals("│   ├── pool-1-thread-1  platform#22  WAITING  Foreign.lambda$main$0  park java.util.concurrent.CountDownLatch$Sync@28f8ad92", lines.get(pool + 1));
        assertEquals("│   └── pool-1-thread-2  platform#26  WAITING  Foreign.lambda$main$0  park java.util.concurrent.CountDownLatch$Sync@28f8ad92", lines.get(pool + 2));
        int perTask = lines.indexOf("├── java.util.concurrent.ThreadPerTaskExecutor@23bbc269");
        assertEquals("│   ├── (unnamed)  virtual#24  TIMED_WAITING  Foreign.lambda$main$1  sleep", lines.get(perTask + 1));
        assertTrue(lines.contains("└── java.util.concurrent.ThreadPoolExecutor@1f6d42fa  (no threads)"), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.contains("ThreadFlock")), "no scope in this process");
    }

    @Test
    void theFrameIsTheFirstOutsideTheJdkOrTheTopOneWhenTheStackIsAllJdk() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(fixture("foreign-executors.json"));
        var threads = dump.threadContainers().getFirst().threads();

        assertEquals("Foreign.main", threads.getFirst().frame().orElseThrow());
        assertEquals("Reference.waitForReferencePendingList", threads.get(1).frame().orElseThrow());
        assertTrue(threads.stream().filter(t -> t.name().equals("Signal Dispatcher")).findFirst().orElseThrow()
                .frame().isEmpty(), "an empty stack has no frame");
    }

    private static final List<String> SLEEPING = List.of("java.base/java.lang.VirtualThread.parkNanos(VirtualThread.java:784)",
            "java.base/java.lang.Thread.sleep(Thread.java:592)", "showcase.tasks.TaskSpec.run(TaskSpec.java:44)");
    private static final List<String> JOINING = List.of("java.base/jdk.internal.misc.ThreadFlock.awaitAll(ThreadFlock.java:305)",
            "java.base/java.util.concurrent.StructuredTaskScopeImpl.join(StructuredTaskScopeImpl.java:243)",
            "showcase.server.HelloEndpoint.answer(HelloEndpoint.java:50)");
    private static final List<String> PARKED = List.of("java.base/java.util.concurrent.locks.LockSupport.park(LockSupport.java:221)",
            "a.Pool.work(Pool.java:7)");
    private static final String EXECUTOR = "java.util.concurrent.ThreadPerTaskExecutor@1";

    private static ThreadDump.DumpedThread virtual(long tid, String name, String state, List<String> stack) {
        return unmounted(tid, name, state, true, stack);
    }

    private static ThreadDump.DumpedThread platform(long tid, String name, String state, List<String> stack) {
        return unmounted(tid, name, state, false, stack);
    }

    // Seen only by name, state and stack: on no carrier, blocked on, waiting in or holding no monitor.
    private static ThreadDump.DumpedThread unmounted(long tid, String name, String state, boolean virtual,
            List<String> stack) {
        return new ThreadDump.DumpedThread(tid, name, state, virtual, null, stack, null, null, null, List.of());
    }

    private static ThreadDump.Container scope(int request, long owner, ThreadDump.DumpedThread... forks) {
        return new ThreadDump.Container("request-" + request + " GET /hello/jdk.internal.misc.ThreadFlock$ThreadContainerImpl@"
                + request, EXECUTOR, owner, List.of(forks));
    }

    /** Three requests in flight, two alike (forked in either order), one whose hello is done; and a pool of three. */
    private static ThreadDump requestsInFlight() {
        var root = new ThreadDump.Container("<root>", null, null,
                List.of(platform(1, "main", "RUNNABLE", List.of("a.Main.main(Main.java:1)"))));
        var executor = new ThreadDump.Container(EXECUTOR, "<root>", null, List.of(
                virtual(10, "request-1", "WAITING", JOINING), virtual(11, "request-2", "WAITING", JOINING),
                virtual(12, "request-3", "WAITING", JOINING)));
        var pool = new ThreadDump.Container("pool-1/java.util.concurrent.ThreadPoolExecutor@2", "<root>", null, List.of(
                platform(50, "pool-1-thread-1", "WAITING", PARKED), platform(51, "pool-1-thread-2", "TIMED_WAITING", PARKED),
                platform(52, "pool-1-thread-3", "WAITING", PARKED)));
        return new ThreadDump("7", "now", "25", List.of(root, executor, pool,
                scope(1, 10, virtual(20, "hello", "TIMED_WAITING", SLEEPING), virtual(21, "world", "TIMED_WAITING", SLEEPING)),
                scope(2, 11, virtual(31, "world", "TIMED_WAITING", SLEEPING), virtual(30, "hello", "TIMED_WAITING", SLEEPING)),
                scope(3, 12, virtual(41, "world", "TIMED_WAITING", SLEEPING))));
    }

    @Test
    void collapsedIdenticalRequestsAreOneWithACountAndAPoolIsOneLine() {
        assertEquals(List.of(
                "<root>",
                "├── main  platform#1  RUNNABLE  Main.main",
                "├── java.util.concurrent.ThreadPerTaskExecutor@1",
                "│   ├── request-* ×2  virtual  WAITING  HelloEndpoint.answer  scope join",
                "│   │   └── request-* GET /hello",
                "│   │       ├── hello  virtual  TIMED_WAITING  TaskSpec.run  sleep",
                "│   │       └── world  virtual  TIMED_WAITING  TaskSpec.run  sleep",
                "│   └── request-3  virtual#12  WAITING  HelloEndpoint.answer  scope join",
                "│       └── request-3 GET /hello",
                "│           └── world  virtual#41  TIMED_WAITING  TaskSpec.run  sleep",
                "└── pool-1",
                "    └── pool-1-thread-* ×3  platform  WAITING 2, TIMED_WAITING 1  Pool.work  park"),
                lines(ContainerTree.collapsed(requestsInFlight())));
    }

    @Test
    void inFullEveryThreadHasALineOfItsOwn() {
        List<String> lines = lines(ContainerTree.whole(requestsInFlight()));

        assertEquals(3, lines.stream().filter(line -> line.contains("HelloEndpoint.answer")).count(), String.join("\n", lines));
        assertEquals(5, lines.stream().filter(line -> line.contains("TaskSpec.run")).count(), String.join("\n", lines));
        assertTrue(lines.contains("    ├── pool-1-thread-2  platform#51  TIMED_WAITING  Pool.work  park"), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.contains("×")), String.join("\n", lines));
    }
}
