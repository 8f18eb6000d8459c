package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The children's flags: eden holds what N tasks allocate, so no collection runs while they sleep. */
class ChildJvmTest {

    @Test
    void theYoungGenerationGrowsWithNAndItsEdenHoldsAMillionTasks() {
        List<String> flags = new ChildJvm(false, List.of()).flags(1_000_000);

        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-BackgroundCompilation", "-XX:+UseCompactObjectHeaders"),
                flags.subList(0, 3));
        long youngMb = Long.parseLong(flags.get(3).replaceAll("-Xmn(\\d+)m", "$1"));
        long edenBytes = (youngMb << 20) * 8 / 10;
        assertTrue(edenBytes >= 1_000_000 * ChildJvm.BYTES_PER_TASK, flags.toString());
        assertTrue(ChildJvm.youngGenerationBytes(1_000) < ChildJvm.youngGenerationBytes(1_000_000));
    }

    @Test
    void theJdksDefaultsLeaveOnlyWhatTheUserAdded() {
        assertEquals(List.of("-XX:+UseCompactObjectHeaders"),
                new ChildJvm(true, List.of("-XX:+UseCompactObjectHeaders")).flags(1_000_000));
    }
}
