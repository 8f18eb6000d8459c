package showcase.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import showcase.observe.ThreadCensus;

/**
 * Fails a test that leaves a platform thread running. Virtual threads are not listed by the JVM;
 * the tests that fork them check them through the threads their events recorded.
 */
public final class NoThreadLeftBehind implements BeforeEachCallback, AfterEachCallback {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoThreadLeftBehind.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(ThreadCensus.class, ThreadCensus.begin());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        ThreadCensus census = context.getStore(NAMESPACE).get(ThreadCensus.class, ThreadCensus.class);
        List<String> alive = census.leftAlive(List.of(), GRACE).stream().map(Thread::getName).sorted().toList();
        if (!alive.isEmpty()) {
            fail("threads left running after the test: " + alive);
        }
    }
}
