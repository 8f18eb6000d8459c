package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.testing.NoThreadLeftBehind;

/** Every model gathers the scale workload in this JVM, and the counters say what ran where. */
@ExtendWith(NoThreadLeftBehind.class)
class SleepingTasksTest {

    private static final Duration SLEEP = Duration.ofMillis(20);
    private static final int TASKS = 2_000;
    /** A bounded pool and the caller's own thread run a few tasks at a time: fewer, so the test stays short. */
    private static final Map<String, Integer> FEWER = Map.of("fixed-pool", 40, "sequential", 10);
    private static final List<String> VIRTUAL = List.of("structured", "virtual-executor");

    static Stream<ConcurrencyModel> models() {
        return Models.withPlatformThreadsFrom(new CappedThreadFactory(10_000)).stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyTaskStartsAndCompletesOnTheModelsKindOfThread(ConcurrencyModel model) throws Exception {
        int count = FEWER.getOrDefault(model.name(), TASKS);
        var tasks = new SleepingTasks(count, SLEEP);

        long start = System.nanoTime();
        List<Object> results = model.all(tasks.asList());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        boolean virtual = VIRTUAL.contains(model.name());
        assertAll(
                () -> assertEquals(count, results.size()),
                () -> assertEquals(count, tasks.started()),
                () -> assertEquals(count, tasks.completed()),
                () -> assertEquals(virtual ? count : 0, tasks.onVirtualThreads()),
                () -> assertTrue(tasks.allStartedNanos() - start > 0, "the fork phase ends with the last start"));
        if (!FEWER.containsKey(model.name())) {
            // Sequential would take 40 s; a tenth of that, with room for a busy machine, says they overlapped.
            assertTrue(took.compareTo(SLEEP.multipliedBy(TASKS / 10)) < 0, model.name() + " took " + took);
        }
    }
}
