package showcase.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
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

    @Test
    void theLegendNamesEveryColourTheBarsAndTicksUseAndTheSubtitleTheCross() {
        JFreeChart chart = TimelineChart.chart(TIMELINE);
        var plot = (CombinedDomainXYPlot) chart.getXYPlot();
        XYPlot panel = plot.getSubplots().getFirst();
        var data = (XYIntervalSeriesCollection) panel.getDataset();
        Map<String, Paint> legend = new LinkedHashMap<>();
        LegendItemCollection items = plot.getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.put(items.get(i).getLabel(), items.get(i).getFillPaint());
        }

        Map<String, Paint> used = new LinkedHashMap<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            used.put((String) data.getSeriesKey(s), panel.getRenderer().getSeriesPaint(s));
        }
        XYLineAnnotation tick = panel.getAnnotations().stream().filter(a -> a instanceof XYLineAnnotation)
                .map(a -> (XYLineAnnotation) a).findFirst().orElseThrow();
        used.put("the moment the outcome was decided", tick.getPaint());

        assertEquals(used, legend);
        String cross = panel.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).findFirst().orElseThrow();
        assertTrue(IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .anyMatch(title -> title instanceof TextTitle text && text.getText().contains(cross + " where it failed or was interrupted")),
                "the subtitle explains the cross");
    }

    @Test
    void ticksAndBarsStayInTheirOwnLane() {
        XYPlot panel = ((CombinedDomainXYPlot) TimelineChart.chart(TIMELINE).getXYPlot()).getSubplots().getFirst();
        var data = (XYIntervalSeriesCollection) panel.getDataset();

        List<XYLineAnnotation> ticks = panel.getAnnotations().stream().filter(a -> a instanceof XYLineAnnotation)
                .map(a -> (XYLineAnnotation) a).toList();
        for (int y = 0; y < ticks.size(); y++) {
            XYLineAnnotation tick = ticks.get(y);
            assertEquals(List.of(100.0, 100.0), List.of(tick.getX1(), tick.getX2()), "upright, at the decision");
            assertWithinLane(y, tick.getY1(), tick.getY2());
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                assertWithinLane(data.getYValue(s, i), data.getStartYValue(s, i), data.getEndYValue(s, i));
            }
        }
    }

    @Test
    void thePictureShowsEachSegmentInItsLaneInTheLegendsColourTopDownInTheOrderGiven() {
        JFreeChart chart = TimelineChart.chart(TIMELINE);
        var info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(1200, 400, info);
        XYPlot panel = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().getFirst();
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        var data = (XYIntervalSeriesCollection) panel.getDataset();
        LegendItemCollection legend = ((CombinedDomainXYPlot) chart.getXYPlot()).getFixedLegendItems();

        for (int s = 0; s < data.getSeriesCount(); s++) {
            Color colour = colourIn(legend, (String) data.getSeriesKey(s));
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = panel.getDomainAxis().valueToJava2D((data.getStartXValue(s, i) + data.getEndXValue(s, i)) / 2, area,
                        panel.getDomainAxisEdge());
                double y = panel.getRangeAxis().valueToJava2D(data.getYValue(s, i), area, panel.getRangeAxisEdge());
                assertEquals(colour.getRGB(), image.getRGB((int) x, (int) y), data.getSeriesKey(s) + " on lane " + data.getYValue(s, i));
            }
        }
        double[] laneCentres = IntStream.range(0, 4)
                .mapToDouble(y -> panel.getRangeAxis().valueToJava2D(y, area, panel.getRangeAxisEdge())).toArray();
        assertTrue(laneCentres[0] < laneCentres[1] && laneCentres[1] < laneCentres[2] && laneCentres[2] < laneCentres[3],
                "the first lane on top: " + Arrays.toString(laneCentres));
    }

    private static Color colourIn(LegendItemCollection legend, String label) {
        for (int i = 0; i < legend.getItemCount(); i++) {
            if (legend.get(i).getLabel().equals(label)) {
                return (Color) legend.get(i).getFillPaint();
            }
        }
        throw new AssertionError("no legend item for " + label);
    }

    /** Across most of the lane's height, but clear of its neighbours. */
    private static void assertWithinLane(double y, double low, double high) {
        double from = Math.min(low, high);
        double to = Math.max(low, high);
        assertTrue(from > y - 0.5 && to < y + 0.5 && to - from > 0.5, "lane " + y + ": " + from + " to " + to);
    }

    @Test
    void theTimeAxisSpansTheBarsAndNoMore() {
        var plot = (CombinedDomainXYPlot) TimelineChart.chart(TIMELINE).getXYPlot();

        Range range = plot.getDomainAxis().getRange();

        assertTrue(range.getLowerBound() <= 0 && range.getLowerBound() > -20, "" + range);
        assertTrue(range.getUpperBound() >= 200 && range.getUpperBound() < 220, "" + range);
    }

    @Test
    void aTaskThatEndedJustAsTheOutcomeWasDecidedWastedNothing() {
        var timeline = new Timeline("edge", List.of(new Group("race", List.of(
                new Lane("ended at the decision", 0, 100, Ending.FINISHED, OptionalDouble.of(100), false)))));
        XYPlot panel = ((CombinedDomainXYPlot) TimelineChart.chart(timeline).getXYPlot()).getSubplots().getFirst();
        var data = (XYIntervalSeriesCollection) panel.getDataset();

        assertEquals(List.of(List.of(0.0, 100.0)), segments(data, "worked", 0));
        assertEquals(List.of(), segments(data, "ran on after the outcome was decided", 0), "not even an empty segment");
    }

    @Test
    void aTaskThatOnlyStartedAfterTheDecisionWastedAllItDid() {
        var timeline = new Timeline("late", List.of(new Group("deadline", List.of(
                new Lane("started late", 150, 300, Ending.FINISHED, OptionalDouble.of(100), false)))));
        XYPlot panel = ((CombinedDomainXYPlot) TimelineChart.chart(timeline).getXYPlot()).getSubplots().getFirst();
        var data = (XYIntervalSeriesCollection) panel.getDataset();

        assertEquals(List.of(), segments(data, "worked", 0), "nothing it did came before the decision");
        assertEquals(List.of(List.of(150.0, 300.0)), segments(data, "ran on after the outcome was decided", 0));
    }

    @Test
    void theImageGrowsWithEveryLaneAndPanel(@TempDir Path dir) throws Exception {
        Lane lane = TIMELINE.groups().getFirst().lanes().get(2);
        int twoLanes = height(dir, List.of(new Group("a", List.of(lane, lane))));
        int sixLanes = height(dir, List.of(new Group("a", List.of(lane, lane, lane, lane, lane, lane))));
        int sixLanesInTwoPanels = height(dir, List.of(new Group("a", List.of(lane, lane, lane)),
                new Group("b", List.of(lane, lane, lane))));

        assertTrue(sixLanes - twoLanes >= 4 * 15, "at least 15 px more per lane: " + twoLanes + " then " + sixLanes);
        assertTrue(sixLanesInTwoPanels > sixLanes, "room for a second panel: " + sixLanes + " then " + sixLanesInTwoPanels);
    }

    private static int height(Path dir, List<Group> groups) throws Exception {
        Path png = Files.createTempFile(dir, "timeline", ".png");
        TimelineChart.write(new Timeline("t", groups), png);
        return ImageIO.read(png.toFile()).getHeight();
    }

    @Test
    void aChartThatCannotBeWrittenSaysWhyInOneLine(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("timeline.svg"));

        var failure = assertThrows(WriteFailure.class, () -> TimelineChart.write(TIMELINE, folder));

        assertEquals("could not write chart " + folder + ": Is a directory", failure.getMessage());
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
