package showcase.demo.pinning;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import showcase.report.Format;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pinning table and JSON from rows set by the test (the figures of the README's run): each
 * construct's times beside the ideal and the serialised, and JFR's reason and frame only where
 * a thread was pinned.
 */
class PinningReportTest {

    private static final Duration HOLD = Duration.ofMillis(100);
    private static final PinningRow SYNCHRONIZED = new PinningRow(Construct.SYNCHRONIZED, 8, HOLD, Duration.ofMillis(101),
            0, "-", "-", "-");
    private static final PinningRow CLASS_INITIALIZER = new PinningRow(Construct.CLASS_INITIALIZER, 8, HOLD,
            Duration.ofMillis(833), 8, "VM call to showcase.demo.pinning.SleepyInit.<clinit> on stack",
            "Thread.sleep", "SleepyInit.<clinit>");
    private static final List<PinningRow> ROWS = List.of(SYNCHRONIZED, CLASS_INITIALIZER);

    @Test
    void theTableSetsEachConstructsWallTimeBesideTheIdealAndTheSerialised() {
        List<String> text = Pinning.render(ROWS, Format.TEXT).lines().toList();
        List<String> csv = Pinning.render(ROWS, Format.CSV).lines().toList();
        List<String> markdown = Pinning.render(ROWS, Format.MARKDOWN).lines().toList();

        assertAll(
                () -> assertTrue(text.get(0).matches("construct\\s+threads\\s+wall ms\\s+ideal ms\\s+serialised ms\\s+"
                        + "pinned events\\s+pinned reason\\s+top frame"), text.get(0)),
                () -> assertTrue(text.get(1).matches("synchronized\\s+8\\s+101\\s+100\\s+800\\s+0\\s+-\\s+-"), text.get(1)),
                () -> assertTrue(text.get(2).matches("class-initializer\\s+8\\s+833\\s+100\\s+800\\s+8\\s+VM call to "
                        + "showcase\\.demo\\.pinning\\.SleepyInit\\.<clinit> on stack\\s+SleepyInit\\.<clinit>"), text.get(2)),
                () -> assertEquals("class-initializer,8,833,100,800,8,VM call to showcase.demo.pinning.SleepyInit.<clinit> "
                        + "on stack,SleepyInit.<clinit>", csv.get(2)),
                () -> assertEquals("| synchronized | 8 | 101 | 100 | 800 | 0 | - | - |", markdown.get(2)));
    }

    @Test
    void jsonGivesJfrsReasonOperationAndFrameOnlyForAConstructThatPinned() throws Exception {
        JsonNode rows = JsonMapper.builder().build().readTree(Pinning.render(ROWS, Format.JSON));

        JsonNode unpinned = rows.get(0);
        JsonNode pinned = rows.get(1);
        assertAll(
                () -> assertEquals("synchronized", unpinned.get("construct").asString()),
                () -> assertEquals("Thread.sleep inside synchronized", unpinned.get("description").asString()),
                () -> assertEquals(List.of(8L, 100L, 101L, 100L, 800L, 0L), List.of(unpinned.get("threads").asLong(),
                        unpinned.get("holdMillis").asLong(), unpinned.get("wallMillis").asLong(),
                        unpinned.get("idealMillis").asLong(), unpinned.get("serialisedMillis").asLong(),
                        unpinned.get("pinnedEvents").asLong())),
                () -> assertTrue(unpinned.get("pinnedReason").isNull(), unpinned.toString()),
                () -> assertTrue(unpinned.get("blockingOperation").isNull(), unpinned.toString()),
                () -> assertTrue(unpinned.get("topFrame").isNull(), unpinned.toString()),
                () -> assertEquals("VM call to showcase.demo.pinning.SleepyInit.<clinit> on stack",
                        pinned.get("pinnedReason").asString()),
                () -> assertEquals("Thread.sleep", pinned.get("blockingOperation").asString()),
                () -> assertEquals("SleepyInit.<clinit>", pinned.get("topFrame").asString()));
    }

    @Test
    void aRowTravelsFromTheChildToTheParentAsOneLineIntact() {
        assertEquals(List.of(CLASS_INITIALIZER, SYNCHRONIZED), List.of(
                PinningRow.parse(CLASS_INITIALIZER.toLine()).orElseThrow(), PinningRow.parse(SYNCHRONIZED.toLine()).orElseThrow()));
    }
}
