package showcase.demo.pinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.report.Format;
import showcase.report.Report;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What pins on Java 25, from JFR's events in a child JVM with one carrier: blocking inside
 * {@code synchronized} does not (JEP 491), blocking in a class initialiser does. The wall times
 * only back the events up, with room for a busy machine.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class PinningTest {

    private static final int THREADS = 4;
    private static final Duration HOLD = Duration.ofMillis(100);


    @Test
    void synchronizedDoesNotPinAndAClassInitializerDoesAsJfrRecordsIt() throws Exception {
        var out = new ByteArrayOutputStream();
        var report = new Report(new PrintStream(out, true, StandardCharsets.UTF_8));
        List<PinningRow> rows = new Pinning(new Pinning.Settings(
                List.of(Construct.SYNCHRONIZED, Construct.CLASS_INITIALIZER), THREADS, HOLD, Format.JSON)).run(report);
        report.print();

        PinningRow monitor = rows.get(0);
        PinningRow initializer = rows.get(1);
        assertEquals(Construct.SYNCHRONIZED, monitor.construct());
        assertEquals(0, monitor.pinnedEvents(), "no jdk.VirtualThreadPinned for a thread asleep in synchronized");
        assertEquals(Construct.CLASS_INITIALIZER, initializer.construct());
        assertEquals(THREADS, initializer.pinnedEvents(), "one jdk.VirtualThreadPinned per thread asleep in <clinit>");
        assertTrue(initializer.pinnedReason().contains("SleepyInit.<clinit>"), initializer.pinnedReason());
        assertEquals("SleepyInit.<clinit>", initializer.topFrame());
        // Backing the events: pinned threads took turns on the one carrier; unpinned ones did not.
        assertTrue(initializer.wall().compareTo(HOLD.multipliedBy(THREADS).multipliedBy(9).dividedBy(10)) >= 0,
                "pinned: " + initializer.wall());
        assertTrue(monitor.wall().compareTo(HOLD.multipliedBy(THREADS)) < 0, "not pinned: " + monitor.wall());

        List<Map<String, Object>> json = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8),
                new TypeReference<>() { });
        assertEquals(2, json.size());
        assertEquals("class-initializer", json.get(1).get("construct"));
        assertEquals(THREADS, json.get(1).get("pinnedEvents"));
        assertEquals((int) HOLD.toMillis(), json.get(1).get("idealMillis"));
        assertTrue(json.get(1).get("pinnedReason").toString().contains("<clinit>"));
        assertTrue(json.get(0).containsKey("wallMillis") && json.get(0).get("pinnedReason") == null, json.get(0).toString());
    }
}
