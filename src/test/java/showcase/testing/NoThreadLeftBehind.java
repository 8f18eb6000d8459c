package showcase.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import showcase.observe.ThreadCensus;

/**
 * Fails a test that leaves a thread running: platform threads through the thread census, virtual
 * threads through a JSON thread dump taken before and after the test.
 */
public final class NoThreadLeftBehind implements BeforeEachCallback, AfterEachCallback {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(10);
    /**
     * The JDK's own I/O pollers, virtual threads it starts at the first socket read of a virtual
     * thread in this JVM and keeps for the JVM's life: the first test that reads a socket on a
     * virtual thread did not leave them.
     */
    private static final Pattern JDK_POLLER = Pattern.compile("SubPoller-\\d+");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoThreadLeftBehind.class);

    private record Before(ThreadCensus census, Set<Long> virtual) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Before.class, new Before(ThreadCensus.begin(), LiveVirtualThreads.now().keySet()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        Before before = context.getStore(NAMESPACE).get(Before.class, Before.class);
        List<String> platform = before.census().leftAlive(List.of(), GRACE).stream().map(Thread::getName).sorted().toList();
        Map<Long, String> virtual = virtualStartedSince(before.virtual());
        if (!platform.isEmpty() || !virtual.isEmpty()) {
            fail("threads left running after the test: platform " + platform + ", virtual (id=name) " + virtual);
        }
    }

    // A virtual thread cannot be joined by its id, so one that is just ending is looked at again for a while.
    private static Map<Long, String> virtualStartedSince(Set<Long> before) {
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (true) {
            Map<Long, String> started = LiveVirtualThreads.now();
            started.keySet().removeAll(before);
            started.values().removeIf(name -> JDK_POLLER.matcher(name).matches());
            if (started.isEmpty() || System.nanoTime() - deadline > 0) {
                return started;
            }
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());
        }
    }
}
