package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/**
 * The child-JVM path, for real: a model gathers in a JVM of its own and reports its figures; a
 * refusing thread factory stands in for the OS limit; a child out of heap is a limit; a model past
 * the timeout is stopped; a child killed mid-run, or one whose JVM cannot start, is reported. The
 * parent survives each, and no child process is left.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class ChildRunTest {

    private static final ChildJvm JVM = new ChildJvm(false, List.of());
    private static final ChildRun.Progress IGNORED = (started, completed) -> { };

    private static ScaleChild.Settings settings(String model, int tasks, Duration sleep, Duration timeout, int cap,
            boolean warmUp) {
        return new ScaleChild.Settings(model, tasks, sleep, timeout, cap, warmUp, false);
    }

    private static ScaleChild.Settings countingDeoptimizations(ScaleChild.Settings settings) {
        return new ScaleChild.Settings(settings.model(), settings.tasks(), settings.sleep(), settings.timeout(),
                settings.threadCap(), settings.warmUp(), true);
    }

    @Test
    void aModelGathersInAJvmOfItsOwnAndReportsItsFigures() throws Exception {
        ScaleRow row = ChildRun.run(countingDeoptimizations(settings("structured", 2_000, Duration.ofMillis(20),
                Duration.ofSeconds(30), 100, true)), JVM.flags(2_000), IGNORED);

        assertAll(
                () -> assertEquals(Status.OK, row.status(), row.reason()),
                () -> assertEquals(2_000, row.completed()),
                () -> assertEquals(2_000, row.virtualThreads().orElseThrow()),
                () -> assertTrue(row.wallMillis().orElseThrow() >= 20, "at least the sleep: " + row.wallMillis()),
                () -> assertTrue(row.forkMillis().orElseThrow() <= row.wallMillis().orElseThrow()),
                () -> assertTrue(row.peakPlatformThreads().orElseThrow() < 100, "virtual threads are not platform threads"),
                () -> assertTrue(row.jvm().processMillis() >= row.wallMillis().orElseThrow()),
                () -> assertTrue(row.jvm().flags().contains("-XX:+UseSerialGC"), row.jvm().flags().toString()),
                () -> assertEquals(0, row.jvm().collections().orElseThrow(), "the young generation holds the whole run"),
                () -> assertTrue(row.jvm().deoptimizations().isPresent(), "counted with JFR"));
        if (ProcessFiguresAvailable.onThisMachine()) {
            assertTrue(row.peakRssBytes().orElseThrow() > row.baselineRssBytes().orElseThrow());
        }
    }

    @Test
    void aFactoryThatRefusesStandsInForTheOsLimitAndTheRowSaysLimit() throws Exception {
        ScaleRow row = ChildRun.run(settings("structured-platform", 500, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                false), JVM.flags(500), IGNORED);

        assertAll(
                () -> assertEquals(Status.LIMIT, row.status()),
                () -> assertEquals(50, row.started(), "every thread the cap allowed started, and no more"),
                () -> assertEquals(0, row.completed(), "the scope cancelled the sleepers when the fork failed"),
                () -> assertTrue(row.reason().startsWith("platform-thread cap reached: 50 threads"), row.reason()),
                () -> assertTrue(row.peakPlatformThreads().orElseThrow() >= 50));
    }

    @Test
    void aChildOutOfHeapIsALimitInHotSpotsWordsAtOnceNotATimeout() throws Exception {
        Duration timeout = Duration.ofSeconds(10);
        ScaleRow row = ChildRun.run(settings("structured", 100_000, Duration.ofSeconds(30), timeout, 100, false),
                new ChildJvm(true, List.of("-Xmx16m")).flags(100_000), IGNORED);

        assertAll(
                () -> assertEquals(Status.LIMIT, row.status(), row.reason()),
                () -> assertEquals("java.lang.OutOfMemoryError: Java heap space", row.reason()),
                () -> assertTrue(row.jvm().processMillis() < timeout.toMillis(),
                        "ended by the full heap, not stopped at the timeout: " + row.jvm().processMillis() + " ms"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "true  | -Xss1k  | The Java thread stack size specified is too small. Specify at least",
        "true  | -Xmx1k  | Too small maximum heap",
        "false | -Xmx30m | Initial heap size set to a larger value than the maximum heap size"})
    void aChildJvmThatCannotStartIsAFailureInHotSpotsWords(boolean jdkDefaults, String option, String hotSpotSays)
            throws Exception {
        ScaleRow row = ChildRun.run(settings("structured", 100, Duration.ofMillis(20), Duration.ofSeconds(30), 100, false),
                new ChildJvm(jdkDefaults, List.of(option)).flags(100), IGNORED);

        assertAll(
                () -> assertEquals(Status.FAILED, row.status(), row.reason()),
                () -> assertTrue(row.reason().startsWith("the child JVM exited with code 1 before reporting: " + hotSpotSays),
                        row.reason()));
    }

    @Test
    void aModelPastTheTimeoutIsStoppedWithTheProgressItMade() throws Exception {
        ScaleRow row = ChildRun.run(settings("sequential", 1_000, Duration.ofMillis(20), Duration.ofMillis(500), 100,
                false), JVM.flags(1_000), IGNORED);

        assertAll(
                () -> assertEquals(Status.TIMEOUT, row.status()),
                () -> assertTrue(row.completed() > 0 && row.completed() < 1_000, "completed " + row.completed()),
                () -> assertTrue(row.reason().contains("still running after 500 ms"), row.reason()),
                () -> assertTrue(row.jvm().processMillis() < 15_000, "stopped, not waited for: " + row.jvm().processMillis()));
    }

    @Test
    void aChildKilledMidRunIsReportedNotWaitedFor() throws Exception {
        var killed = new AtomicBoolean();
        // Only the child this run starts: an earlier test's may still serve this JVM (the shared PostgreSQL's watchdog).
        Set<Long> earlier = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        ChildRun.Progress killOnFirstProgress = (started, completed) -> {
            if (killed.compareAndSet(false, true)) {
                ProcessHandle.current().children().filter(child -> !earlier.contains(child.pid()))
                        .forEach(ProcessHandle::destroyForcibly);
            }
        };

        ScaleRow row = ChildRun.run(settings("structured", 100, Duration.ofSeconds(30), Duration.ofSeconds(60), 100, false),
                JVM.flags(100), killOnFirstProgress);

        assertAll(
                () -> assertEquals(Status.FAILED, row.status()),
                () -> assertTrue(row.reason().startsWith("the child JVM was killed by SIGKILL (exit code 137) before reporting"),
                        row.reason()),
                () -> assertEquals(100, row.started(), "from its last progress line"),
                () -> assertTrue(row.jvm().processMillis() < 10_000, "not waited for: " + row.jvm().processMillis()));
    }
}
