package showcase.demo.scale;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import showcase.model.Models;
import showcase.values.Counts;

/** A model that runs only so many tasks at a time says up front when N sleeps cannot end before the timeout. */
class BoundedModelsTest {

    @Test
    void sequentialSaysSoOnceNSleepsTakeLongerThanTheTimeout() {
        assertAll(
                () -> assertEquals(Optional.of("sequential runs 1 task at a time: 61 sleeps of 1s take it at least 61 s, "
                        + "so --timeout 1m stops it first"),
                        BoundedModels.pastTheTimeout("sequential", 61, ofSeconds(1), ofSeconds(60))),
                () -> assertEquals(Optional.empty(), BoundedModels.pastTheTimeout("sequential", 60, ofSeconds(1), ofSeconds(60))),
                () -> assertEquals(Optional.of("sequential runs 1 task at a time: 5 sleeps of 100ms take it at least 500 ms, "
                        + "so --timeout 100ms stops it first"),
                        BoundedModels.pastTheTimeout("sequential", 5, ofMillis(100), ofMillis(100))));
    }

    @Test
    void aFixedPoolRunsAsManyAtATimeAsItsThreads() {
        int inTime = Models.FIXED_POOL_THREADS * 60;

        assertAll(
                () -> assertEquals(Optional.empty(),
                        BoundedModels.pastTheTimeout("fixed-pool", inTime, ofSeconds(1), ofSeconds(60))),
                () -> assertEquals(Optional.of("fixed-pool runs " + Models.FIXED_POOL_THREADS + " tasks at a time: "
                        + Counts.format(inTime + 1) + " sleeps of 1s take it at least 61 s, so --timeout 1m stops it first"),
                        BoundedModels.pastTheTimeout("fixed-pool", inTime + 1, ofSeconds(1), ofSeconds(60))));
    }

    @Test
    void modelsWithAThreadPerTaskSayNothing() {
        assertEquals(Optional.empty(), BoundedModels.pastTheTimeout("structured", 1_000_000, ofSeconds(1), ofSeconds(1)));
    }
}
