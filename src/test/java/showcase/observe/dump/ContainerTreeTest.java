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
                "    ├── hello  virtual#22  TIMED_WAITING  RequestTree$Leaf.run",
                "    └── world  virtual#24  WAITING  RequestTree.world",
                "        └── world-parts",
                "            ├── fetch-planet  virtual#25  TIMED_WAITING  RequestTree$Leaf.run",
                "            └── fetch-greeting  virtual#26  TIMED_WAITING  RequestTree$Leaf.run"),
                lines(ContainerTree.under(dump, MAIN).orElseThrow()));
    }

    @Test
    void onPlatformThreadsTheTreeHasTheSameShape() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(fixture("tree-platform.json"));

        assertEquals(List.of(
                "main  platform#3  RUNNABLE  ThreadDumpFiles.dumpThisProcess",
                "└── request-1",
                "    ├── hello  platform#22  TIMED_WAITING  RequestTree$Leaf.run",
                "    └── world  platform#23  WAITING  RequestTree.world",
                "        └── world-parts",
                "            ├── fetch-planet  platform#24  TIMED_WAITING  RequestTree$Leaf.run",
                "            └── fetch-greeting  platform#25  TIMED_WAITING  RequestTree$Leaf.run"),
                lines(ContainerTree.under(dump, MAIN).orElseThrow()));
    }

    @Test
    void theWholeDumpShowsTheRootItsThreadsAndEveryContainer() throws Exception {
        List<String> lines = lines(ContainerTree.whole(ThreadDumpFiles.read(fixture("tree-virtual.json"))));

        assertEquals("<root>", lines.getFirst());
        assertTrue(lines.contains("│           └── world-parts"), String.join("\n", lines));
        assertTrue(lines.contains("├── ForkJoinPool-1"), "the virtual threads' carriers:\n" + String.join("\n", lines));
        assertTrue(lines.contains("│   ├── ForkJoinPool-1-worker-1  platform#20  TIMED_WAITING  Unsafe.park"),
                String.join("\n", lines));
    }

    @Test
    void aForeignProcessShowsItsExecutorsAndNoScope() throws Exception {
        List<String> lines = lines(ContainerTree.whole(ThreadDumpFiles.read(fixture("foreign-executors.json"))));

        assertEquals("<root>", lines.getFirst());
        assertTrue(lines.contains("├── main  platform#3  TIMED_WAITING  Foreign.main"), String.join("\n", lines));
        int pool = lines.indexOf("├── java.util.concurrent.ThreadPoolExecutor@13acb0d1");
        assertEquals("│   ├── pool-1-thread-1  platform#22  WAITING  Foreign.lambda$main$0", lines.get(pool + 1));
        assertEquals("│   └── pool-1-thread-2  platform#26  WAITING  Foreign.lambda$main$0", lines.get(pool + 2));
        int perTask = lines.indexOf("├── java.util.concurrent.ThreadPerTaskExecutor@23bbc269");
        assertEquals("│   ├── (unnamed)  virtual#24  TIMED_WAITING  Foreign.lambda$main$1", lines.get(perTask + 1));
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
}
