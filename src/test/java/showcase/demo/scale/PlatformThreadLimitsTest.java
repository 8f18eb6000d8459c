package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.child.ChildProcess;
import showcase.testing.NoProcessLeftBehind;
import showcase.values.Counts;

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
    @EnabledOnOs(OS.LINUX)
    void readsEveryLimitOfThisLinuxMachineAndLeavesTheRestAQuarterOfTheHeadroom() throws Exception {
        var limits = PlatformThreadLimits.read();
        boolean unlimitedProcesses = Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .anyMatch(line -> line.matches("Max processes\\s+unlimited\\s.*"));

        assertAll(
                () -> assertTrue(limits.pidMax().isPresent(), "pid_max"),
                () -> assertTrue(limits.threadsMax().isPresent(), "threads-max"),
                () -> assertTrue(limits.userProcesses().isPresent() || unlimitedProcesses, "ulimit -u"),
                () -> assertTrue(limits.maxMapCount().isPresent(), "max_map_count"),
                () -> assertTrue(limits.threadsInUse().orElse(0) > 0, "threads in use"));
        long inUse = limits.threadsInUse().getAsLong();
        long headroom = LongStream.concat(
                LongStream.of(limits.pidMax().getAsLong() - inUse, limits.threadsMax().getAsLong() - inUse,
                        limits.maxMapCount().getAsLong() / 2),
                limits.userProcesses().stream().map(processes -> processes - inUse)).min().orElseThrow();
        int cap = limits.safeCap();
        assertAll(
                () -> assertTrue(cap <= headroom - 1_024, "at least 1,024 threads left: cap " + cap + " of " + headroom),
                () -> assertTrue(cap <= headroom - headroom / 4, "a quarter left: cap " + cap + " of " + headroom),
                () -> assertTrue(cap >= headroom / 2, "most of the rest taken: cap " + cap + " of " + headroom),
                () -> assertTrue(limits.describe().contains("pid_max " + Counts.format(limits.pidMax().getAsLong())),
                        limits.describe()));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @ExtendWith(NoProcessLeftBehind.class)
    void theLimitPerUserIsTheOneUlimitReports() throws Exception {
        ChildProcess.Result ulimit = ChildProcess.of(List.of("bash", "-c", "ulimit -u")).run();
        String said = ulimit.out().getFirst().strip();

        assertEquals(said.equals("unlimited") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(said)),
                PlatformThreadLimits.read().userProcesses(), "ulimit -u says " + said);
    }
}
