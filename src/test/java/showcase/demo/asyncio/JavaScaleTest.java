package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/** The Java side of the scale is scale's own child JVM, read as a run beside Python's. */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class JavaScaleTest {


    @Test
    void scalesChildGathersTheTasksAndReportsItsOwnFigures() throws Exception {
        ProgramRun run = JavaScale.run(500, Duration.ofMillis(20));

        assertAll(
                () -> assertEquals("structured", run.runtime()),
                () -> assertEquals("scale", run.caseId()),
                () -> assertEquals(500, run.tasks()),
                () -> assertEquals("500 slept", run.outcome()),
                () -> assertTrue(run.wallMillis() >= 20, "each slept 20 ms: " + run.wallMillis()),
                () -> assertTrue(run.processMillis() > run.wallMillis(), "the process holds the gather"),
                () -> assertTrue(run.cpuMillis() > 0 && run.peakRssBytes().orElseThrow() > 0, "its own figures"),
                () -> assertEquals("-", run.siblings().describe(), "nothing to cancel"));
    }
}
