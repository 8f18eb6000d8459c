package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The cap is the smallest headroom the OS leaves, less a quarter of it for everything else on the machine. */
class PlatformThreadLimitsTest {

    @Test
    void thisMachinesPidMaxIsTheTightestLimit() {
        var limits = new PlatformThreadLimits(OptionalLong.of(32_768), OptionalLong.of(192_730), OptionalLong.of(96_365),
                OptionalLong.of(65_530), OptionalLong.of(768));

        // Headroom: pid_max 32,768 less 768 in use = 32,000 (max_map_count allows 32,765); a quarter stays free.
        assertEquals(24_000, limits.safeCap());
        assertEquals("pid_max 32,768, threads-max 192,730, ulimit -u 96,365, max_map_count 65,530, 768 threads in use",
                limits.describe());
    }

    @Test
    void aSmallHeadroomStillLeavesAThousandThreadsToTheRest() {
        var limits = new PlatformThreadLimits(OptionalLong.of(4_096), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.of(1_096));

        assertEquals(3_000 - 1_024, limits.safeCap());
    }

    @Test
    void withoutProcTheCapIsFixed() {
        var none = new PlatformThreadLimits(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty());

        assertEquals(PlatformThreadLimits.WITHOUT_PROC, none.safeCap());
        assertTrue(none.describe().contains("no /proc"));
    }

    @Test
    void readsThisMachine() {
        assertTrue(PlatformThreadLimits.read().safeCap() >= 1);
    }
}
