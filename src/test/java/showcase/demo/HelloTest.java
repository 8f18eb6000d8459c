package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.report.Report;
import showcase.tasks.TaskSpec;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/**
 * A failure nobody asked for is an error: when the system refuses a platform thread (a factory
 * that returns null, as {@link ThreadFactory} allows), hello says so at ERROR and the run fails.
 * (A failure asked for with {@code --fail} is part of the demo: see {@code MainTest}.)
 */
@ExtendWith(NoThreadLeftBehind.class)
class HelloTest {

    private static final ThreadFactory REFUSES = task -> null;

    private static ConcurrencyModel refusedPlatformThreads() {
        return Models.withPlatformThreadsFrom(REFUSES).stream()
                .filter(model -> model.name().equals("structured-platform")).findFirst().orElseThrow();
    }

    @Test
    void aModelThatFailsUnaskedFailsTheRunWithAnError() throws Exception {
        var settings = new Hello.Settings(List.of(refusedPlatformThreads()), TaskSpec.hello(Duration.ofMillis(10)),
                TaskSpec.world(Duration.ofMillis(20)), Optional.empty(), Optional.empty());
        boolean[] succeeded = new boolean[1];

        List<String> log = CapturedStderr.lines(() -> succeeded[0] = new Hello(settings).run(new Report(System.out)));

        assertFalse(succeeded[0], "exit code 1");
        assertTrue(log.stream().anyMatch(line -> line.contains(" ERROR ")
                && line.contains("structured-platform: failed after ") && line.contains("RejectedExecutionException")), "" + log);
    }
}
