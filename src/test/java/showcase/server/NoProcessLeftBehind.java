package showcase.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a process running: a descendant of this JVM alive after the test that
 * was not there before it. One that is just ending is waited for (its {@code onExit()}, within a
 * grace) before it counts; one still alive then is killed, so that it does not outlive the test
 * run, and named in the failure.
 */
public final class NoProcessLeftBehind implements BeforeEachCallback, AfterEachCallback {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoProcessLeftBehind.class);
    private static final String BEFORE = "descendants before";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BEFORE, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Set<Long> before = context.getStore(NAMESPACE).get(BEFORE, Set.class);
        List<ProcessHandle> started = ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid())).toList();
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<String> left = new ArrayList<>();
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                left.add(process.pid() + " " + process.info().commandLine().orElse("(command unknown)"));
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            } catch (ExecutionException e) {
                throw new IllegalStateException("waiting for process " + process.pid() + " failed", e);
            }
        }
        if (!left.isEmpty()) {
            fail("processes left running after the test (now killed): " + left);
        }
    }
}
