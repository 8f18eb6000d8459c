package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.child.KeyValueLine;
import showcase.model.structured.StructuredScopeModel;
import showcase.testing.NoThreadLeftBehind;

/**
 * A scale child prints one result line, from the gather or from the timeout, whichever comes
 * first, and halts only when the timeout's line is the one printed: halting after the gather's
 * line had won would cut that line off, and the row would read "exited with code 0 before reporting".
 */
@ExtendWith(NoThreadLeftBehind.class)
class ScaleChildTest {

    private static final ScaleChild.Settings SETTINGS = new ScaleChild.Settings("structured", 100, Duration.ofMillis(1),
            Duration.ofSeconds(30), 10, false, false);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final AtomicInteger halts = new AtomicInteger();
    private final ScaleChild child = new ScaleChild(SETTINGS, new PrintStream(out, true, StandardCharsets.UTF_8),
            halts::incrementAndGet);

    private List<KeyValueLine> results() {
        return out.toString(StandardCharsets.UTF_8).lines().map(KeyValueLine::parse).flatMap(Optional::stream)
                .filter(line -> line.kind().equals(ScaleChild.RESULT)).toList();
    }

    @Test
    void aTimeoutThatComesOnceTheGatherHasReportedNeitherReportsNorHalts() throws Exception {
        child.run(StructuredScopeModel.virtual());
        // The progress thread reaching the deadline just as the gather ended: it lost the report.
        child.stopAtTimeout();

        List<KeyValueLine> results = results();
        assertAll(
                () -> assertEquals(0, halts.get(), "halted after losing the report, cutting off the gather's line"),
                () -> assertEquals(1, results.size(), out.toString(StandardCharsets.UTF_8)),
                () -> assertEquals("ok", results.getFirst().text("status").orElseThrow()),
                () -> assertEquals(100, results.getFirst().number("completed").orElseThrow()));
    }

    @Test
    void aTimeoutThatComesFirstReportsWhatTheGatherGotThroughThenHalts() {
        child.stopAtTimeout();

        List<KeyValueLine> results = results();
        assertAll(
                () -> assertEquals(1, halts.get()),
                () -> assertEquals(1, results.size(), out.toString(StandardCharsets.UTF_8)),
                () -> assertEquals("timeout", results.getFirst().text("status").orElseThrow()),
                () -> assertTrue(results.getFirst().text("reason").orElseThrow().startsWith("still running after 30000 ms")));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().toList().getLast().startsWith(ScaleChild.RESULT + " "),
                "the result line comes last");
    }
}
