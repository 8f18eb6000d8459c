package showcase.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import showcase.report.Timeline.Ending;
import showcase.report.Timeline.Group;
import showcase.report.Timeline.Lane;

/** The timeline shows, bar by bar, what each task did before and after its run's outcome was decided. */
class TimelineChartTest {

    private static final Timeline TIMELINE = new Timeline("a failure", List.of(new Group("gather-failure", List.of(
            new Lane("structured \u00b7 hello", 0, 100, Ending.FAILED, OptionalDouble.of(100), true),
            new Lane("structured \u00b7 world", 0, 101, Ending.INTERRUPTED, OptionalDouble.of(100), false),
            new Lane("completable-future \u00b7 world", 0, 200, Ending.FINISHED, OptionalDouble.of(100), false),
            new Lane("sequential \u00b7 world (never started)", 0, 0, Ending.NEVER_STARTED, OptionalDouble.of(100), false)))));

    @Test
    void cutsEachBarWhereTheOutcomeWasDecidedSoThatWorkDoneForNothingStandsOut() {
        var plot = (CombinedDomainXYPlot) TimelineChart.chart(TIMELINE).getXYPlot();
        XYPlot panel = plot.getSubplots().getFirst();
        var data = (XYIntervalSeriesCollection) panel.getDataset();

        assertEquals(List.of(), segments(data, "worked", 0), "hello decided: its bar is its failure, not work");
        assertEquals(List.of(List.of(0.0, 100.0)), segments(data, "failed", 0));
        assertEquals(List.of(List.of(0.0, 101.0)), segments(data, "interrupted", 1));
        assertEquals(List.of(List.of(0.0, 100.0)), segments(data, "worked", 2), "world worked until the decision");
        assertEquals(List.of(List.of(100.0, 200.0)), segments(data, "ran on after the outcome was decided", 2));
        assertEquals(List.of(), segments(data, "worked", 3), "a task that never started has no bar");
        long crosses = panel.getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation text && text.getText().equals("\u2715")).count();
        long ticks = panel.getAnnotations().stream().filter(a -> a instanceof XYLineAnnotation).count();
        assertEquals(2, crosses, "where hello failed and where world was interrupted");
        assertEquals(4, ticks, "the decision, on every lane");
    }

    /** The [from, to] of each segment of one series on lane {@code y}. */
    private static List<List<Double>> segments(XYIntervalSeriesCollection data, String series, int y) {
        int s = data.indexOf(series);
        return IntStream.range(0, data.getItemCount(s)).filter(i -> data.getYValue(s, i) == y)
                .mapToObj(i -> List.of(data.getStartXValue(s, i), data.getEndXValue(s, i))).toList();
    }

    @Test
    void drawsSvgWithALaneForEveryTask(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("timeline.svg");
        TimelineChart.write(TIMELINE, svg);

        String document = Files.readString(svg);
        assertTrue(document.contains("<svg"), "an SVG document");
        for (Lane lane : TIMELINE.groups().getFirst().lanes()) {
            assertTrue(document.contains(lane.label()), "missing lane: " + lane.label());
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
