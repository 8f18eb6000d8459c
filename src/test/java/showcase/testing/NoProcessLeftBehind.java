package showcase.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
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
 * Fails a test that leaves a process running: every descendant of this JVM (children, and their
 * children, such as the child JVMs and Python programs a script starts) that was not there before
 * the test must have ended after it. One that is just exiting is waited for, up to a grace.
 */
public final class NoProcessLeftBehind implements BeforeEachCallback, AfterEachCallback {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoProcessLeftBehind.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Set.class, pids(ProcessHandle.current().descendants().toList()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException, ExecutionException {
        @SuppressWarnings("unchecked")
        Set<Long> before = context.getStore(NAMESPACE).get(Set.class, Set.class);
        List<ProcessHandle> started = ProcessHandle.current().descendants()
                .filter(process -> !before.contains(process.pid())).toList();
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                // named below
            }
        }
        List<String> alive = started.stream().filter(ProcessHandle::isAlive)
                .map(process -> process.pid() + " " + process.info().commandLine().orElse("?")).toList();
        if (!alive.isEmpty()) {
            alive.stream().map(line -> Long.parseLong(line.substring(0, line.indexOf(' '))))
                    .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            fail("processes left running after the test (now killed): " + alive);
        }
    }

    private static Set<Long> pids(List<ProcessHandle> processes) {
        return processes.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
