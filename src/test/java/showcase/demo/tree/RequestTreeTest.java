package showcase.demo.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.observe.dump.ThreadDump;
import showcase.observe.dump.ThreadDump.Container;
import showcase.observe.dump.ThreadDump.DumpedThread;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/** The live tree: this JVM dumps its own threads while the request's tasks sleep, and the log shows the request id. */
@ExtendWith(NoThreadLeftBehind.class)
class RequestTreeTest {

    private static final Duration DELAY = Duration.ofMillis(500);
    private static final Pattern LOG_LINE = Pattern.compile("\\+\\d+ms\\s+(\\S+)\\s+(?:virtual|platform)#\\d+\\s+\\w+\\s+(\\[(\\S+)] )?(.*)");

    private record Run(RequestTree.Outcome outcome, List<String> drawn, List<String> log) {
    }

    private static Run run(boolean platform, Set<String> failing) throws Exception {
        var settings = new RequestTree.Settings(platform, failing, DELAY, DELAY.plusMillis(100), DELAY, Optional.empty());
        List<String> drawn = new ArrayList<>();
        RequestTree.Outcome[] outcome = new RequestTree.Outcome[1];
        List<String> log = CapturedStderr.lines(() -> outcome[0] = new RequestTree(settings).run(drawn::add));
        return new Run(outcome[0], drawn, log);
    }

    private static Map<String, DumpedThread> threadsOf(ThreadDump dump, String scope) {
        Container container = dump.threadContainers().stream().filter(c -> c.label().equals(scope)).findFirst()
                .orElseThrow(() -> new AssertionError("no container named " + scope));
        return container.threads().stream().collect(Collectors.toMap(DumpedThread::name, Function.identity()));
    }

    @Test
    void theDumpShowsTheNamedScopesNestedAndTheFourLeavesAsVirtualThreadsAsleep() throws Exception {
        Run run = run(false, Set.of());
        ThreadDump dump = run.outcome().dump();
        String id = run.outcome().requestId();

        Container request = dump.threadContainers().stream().filter(c -> c.label().equals(id)).findFirst().orElseThrow();
        assertEquals(Thread.currentThread().threadId(), request.owner(), "the request scope is owned by the caller");
        Map<String, DumpedThread> forks = threadsOf(dump, id);
        Map<String, DumpedThread> parts = threadsOf(dump, RequestTree.PARTS_SCOPE);
        Container partsScope = dump.threadContainers().stream().filter(c -> c.label().equals(RequestTree.PARTS_SCOPE))
                .findFirst().orElseThrow();
        assertEquals(request.container(), partsScope.parent(), "world-parts is nested in the request's scope");
        assertEquals(forks.get("world").tid(), partsScope.owner(), "and opened by world");

        assertEquals(Set.of("hello", "world"), forks.keySet());
        assertEquals(Set.of("fetch-planet", "fetch-greeting"), parts.keySet());
        for (DumpedThread leaf : List.of(forks.get("hello"), parts.get("fetch-planet"), parts.get("fetch-greeting"))) {
            assertTrue(leaf.virtual(), leaf + " is virtual");
            assertEquals("TIMED_WAITING", leaf.state(), leaf.name() + " sleeps");
        }
        assertTrue(forks.get("world").virtual());
        assertEquals("WAITING", forks.get("world").state(), "world waits in join()");
        assertEquals("RequestTree.world", forks.get("world").frame().orElseThrow());

        assertEquals(1, run.drawn().size());
        assertTrue(run.drawn().getFirst().contains("└── world-parts"), run.drawn().getFirst());
        assertEquals(Optional.of(List.of("Hello", "World")), run.outcome().answer());
    }

    @Test
    void everyForkLogsTheRequestIdNestedOnesIncludedAndTheOutsiderDoesNot() throws Exception {
        Run run = run(false, Set.of());
        String id = run.outcome().requestId();

        Map<String, List<Optional<String>>> idsByThread = new java.util.HashMap<>();
        for (String line : run.log()) {
            Matcher m = LOG_LINE.matcher(line);
            if (m.matches()) {
                idsByThread.computeIfAbsent(m.group(1), t -> new ArrayList<>()).add(Optional.ofNullable(m.group(3)));
            }
        }
        for (String fork : List.of("hello", "world", "fetch-planet", "fetch-greeting")) {
            assertTrue(idsByThread.containsKey(fork), fork + " logged nothing:\n" + String.join("\n", run.log()));
            assertEquals(Set.of(Optional.of(id)), Set.copyOf(idsByThread.get(fork)), fork + "'s lines");
        }
        assertEquals(List.of(Optional.empty()), idsByThread.get("outsider"), String.join("\n", run.log()));
        assertTrue(run.log().stream().anyMatch(line -> line.endsWith("request id bound here: false")));
    }

    @Test
    void onPlatformThreadsTheShapeIsTheSameAndAFailedPartIsLeftOut() throws Exception {
        Run run = run(true, Set.of(RequestTree.PLANET));
        ThreadDump dump = run.outcome().dump();

        Map<String, DumpedThread> parts = threadsOf(dump, RequestTree.PARTS_SCOPE);
        assertEquals(Set.of("fetch-planet", "fetch-greeting"), parts.keySet());
        assertTrue(parts.values().stream().noneMatch(DumpedThread::virtual), "platform threads");
        assertTrue(threadsOf(dump, run.outcome().requestId()).values().stream().noneMatch(DumpedThread::virtual));
        assertTrue(run.log().stream().anyMatch(line -> line.endsWith("World, from 1 of 2 parts: [greeting]")),
                String.join("\n", run.log()));
        assertEquals(Optional.of(List.of("Hello", "World")), run.outcome().answer());
    }
}
