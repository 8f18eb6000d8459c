package showcase.demo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.model.Models;
import showcase.testing.NoThreadLeftBehind;

/**
 * As many CPU-bound tasks as carriers: on virtual threads the heartbeat cannot run until a task
 * ends; on platform threads the operating system time-slices, and it keeps its beat.
 */
@ExtendWith(NoThreadLeftBehind.class)
class CpuStarvationTest {

    private static final Duration WORK = Duration.ofMillis(400);

    @Test
    void onVirtualThreadsTheHeartbeatStopsWhileEveryCarrierComputes() throws Exception {
        CpuStarvation.Row row = CpuStarvation.run(Models.named("structured").orElseThrow(), Io.carriers(), WORK);
        assertTrue(row.longestGapMillis() >= WORK.toMillis() * 3 / 4, "silent for " + row.longestGapMillis() + " ms");
        assertTrue(row.wallMillis() >= WORK.toMillis() && row.longestGapMillis() <= row.wallMillis(),
                "the tasks computed for their " + WORK.toMillis() + " ms: " + row);
    }

    @Test
    void onPlatformThreadsTheHeartbeatKeepsTicking() throws Exception {
        CpuStarvation.Row row = CpuStarvation.run(Models.named("platform-threads").orElseThrow(), Io.carriers(), WORK);
        assertTrue(row.longestGapMillis() < WORK.toMillis() / 2, "silent for " + row.longestGapMillis() + " ms");
        assertTrue(row.ticks() >= 5, row.ticks() + " ticks");
    }

    @Test
    void theLongestGapCountsFromTheStartAndToTheEnd() {
        assertEquals(50, CpuStarvation.longestGap(List.of(110L, 120L, 130L), 80, 180));
        assertEquals(30, CpuStarvation.longestGap(List.of(110L, 120L, 150L), 100, 160));
        assertEquals(100, CpuStarvation.longestGap(List.of(), 0, 100));
        assertEquals(20, CpuStarvation.longestGap(List.of(5L, 120L, 140L), 100, 150), "a tick before the start is not the run's");
    }
}
