package showcase.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import showcase.report.Timeline.Ending;
import showcase.report.Timeline.Group;
import showcase.report.Timeline.Lane;

class TimelineChartTest {

    private static final Timeline TIMELINE = new Timeline("a failure", List.of(new Group("gather-failure", List.of(
            new Lane("structured \u00b7 hello", 0, 100, Ending.FAILED, OptionalDouble.of(100), true),
            new Lane("structured \u00b7 world", 0, 101, Ending.INTERRUPTED, OptionalDouble.of(100), false),
            new Lane("completable-future \u00b7 world", 0, 200, Ending.FINISHED, OptionalDouble.of(100), false),
            new Lane("sequential \u00b7 world (never started)", 0, 0, Ending.NEVER_STARTED, OptionalDouble.of(100), false)))));

    @Test
    void drawsSvgWithALaneForEveryTask(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("timeline.svg");
        TimelineChart.write(TIMELINE, svg);

        String document = Files.readString(svg);
        assertTrue(document.contains("<svg"), "an SVG document");
        for (String label : List.of("structured \u00b7 hello", "completable-future \u00b7 world", "(never started)",
                "ran on after the outcome was decided")) {
            assertTrue(document.contains(label), "missing: " + label);
        }
    }

    @Test
    void drawsPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("timeline.png");
        TimelineChart.write(TIMELINE, png);

        byte[] signature = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);
    }

    @Test
    void refusesOtherFormats(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> TimelineChart.write(TIMELINE, dir.resolve("timeline.gif")));
    }
}
