package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The scale chart from rows set by the test: a line per model through the runs that gathered
 * every task, in one colour in both panels and the legend, on log axes whose ticks read as
 * counts (1,000, 10,000 tasks; 128, 256 ms).
 */
class ScaleChartTest {

    private static final long BASELINE = 80_000_000;

    /** A row that gathered: its wall time, and its peak RSS over the baseline per task (empty: none measured). */
    private static ScaleRow gathered(String model, long tasks, long wallMillis, OptionalLong bytesPerTask) {
        return new ScaleRow(model, tasks, 100, Status.OK, "", tasks, tasks, OptionalLong.of(tasks),
                OptionalLong.of(wallMillis), OptionalLong.of(wallMillis / 2), OptionalLong.of(BASELINE),
                bytesPerTask.isPresent() ? OptionalLong.of(BASELINE + tasks * bytesPerTask.getAsLong()) : OptionalLong.empty(),
                OptionalLong.of(12), 24_000, ChildJvmFigures.unknown(List.of(), wallMillis + 400));
    }

    private static final List<ScaleRow> ROWS = List.of(
            // Peak RSS no higher than the baseline: nothing to draw on a log axis.
            gathered("platform-threads", 1_000, 1_150, OptionalLong.of(0)),
            gathered("structured", 1_000, 105, OptionalLong.of(1_300)),
            gathered("structured", 10_000, 160, OptionalLong.of(600)),
            // Off Linux: no peak RSS, so no bytes per task.
            gathered("virtual-executor", 1_000, 110, OptionalLong.empty()),
            new ScaleRow("platform-threads", 10_000, 100, Status.LIMIT, "platform-thread cap reached", 500, 0,
                    OptionalLong.empty(), OptionalLong.of(900), OptionalLong.empty(), OptionalLong.of(BASELINE),
                    OptionalLong.of(BASELINE + 500 * 70_000), OptionalLong.of(501), 500,
                    ChildJvmFigures.unknown(List.of(), 1_300)));

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    }

    /** Each series of a panel: its model, and its points as [N, value]. */
    private static Map<String, List<List<Long>>> lines(XYPlot panel) {
        var data = (XYSeriesCollection) panel.getDataset();
        Map<String, List<List<Long>>> lines = new LinkedHashMap<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            int series = s;
            lines.put((String) data.getSeriesKey(s), IntStream.range(0, data.getItemCount(s))
                    .mapToObj(i -> List.of(data.getX(series, i).longValue(), data.getY(series, i).longValue())).toList());
        }
        return lines;
    }

    @Test
    void eachModelIsALineThroughTheRunsThatGatheredAndOnlyFiguresALogAxisCanShow() {
        List<XYPlot> panels = panels(ScaleChart.chart(ROWS, Duration.ofMillis(100)));

        assertAll(
                () -> assertEquals(2, panels.size()),
                () -> assertEquals("wall time (ms)", panels.get(0).getRangeAxis().getLabel()),
                () -> assertEquals(Map.of(
                        "platform-threads", List.of(List.of(1_000L, 1_150L)),
                        "structured", List.of(List.of(1_000L, 105L), List.of(10_000L, 160L)),
                        "virtual-executor", List.of(List.of(1_000L, 110L))),
                        lines(panels.get(0)), "the run that hit the cap is left out"),
                () -> assertEquals("peak RSS over baseline, bytes per task", panels.get(1).getRangeAxis().getLabel()),
                () -> assertEquals(Map.of("structured", List.of(List.of(1_000L, 1_300L), List.of(10_000L, 600L))),
                        lines(panels.get(1)), "no zero and no missing figure on a log axis"));
    }

    @Test
    void aModelHasOneColourInBothPanelsAndTheLegendAndEachModelItsOwn() {
        JFreeChart chart = ScaleChart.chart(ROWS, Duration.ofMillis(100));
        LegendItemCollection items = ((CombinedDomainXYPlot) chart.getXYPlot()).getFixedLegendItems();
        Map<String, Paint> legend = new LinkedHashMap<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.put(items.get(i).getLabel(), items.get(i).getFillPaint());
        }

        assertEquals(List.of("platform-threads", "structured", "virtual-executor"), List.copyOf(legend.keySet()),
                "each model that gathered, once");
        assertEquals(3, Set.copyOf(legend.values()).size(), "three colours: " + legend);
        for (XYPlot panel : panels(chart)) {
            var data = (XYSeriesCollection) panel.getDataset();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                assertEquals(legend.get((String) data.getSeriesKey(s)), panel.getRenderer().getSeriesPaint(s),
                        data.getSeriesKey(s) + " in " + panel.getRangeAxis().getLabel());
            }
        }
    }

    @Test
    void theSubtitleSaysWhereTheRunsRanAndThatLimitedRunsAreLeftOut() {
        JFreeChart chart = ScaleChart.chart(ROWS, Duration.ofMillis(100));

        List<String> subtitles = IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .filter(title -> title instanceof TextTitle).map(title -> ((TextTitle) title).getText()).toList();
        assertEquals("scale: N tasks each sleeping 100 ms, gathered by each model", chart.getTitle().getText());
        assertTrue(subtitles.stream().anyMatch(text -> text.contains(Runtime.getRuntime().availableProcessors() + " cores")
                && text.endsWith("runs that hit a limit or the timeout are left out")), subtitles.toString());
    }

    @Test
    void theTaskAxisIsTickedAtPowersOfTenAndTheOthersAtPowersOfTwoWrittenOut() {
        JFreeChart chart = ScaleChart.chart(ROWS, Duration.ofMillis(100));
        var info = new ChartRenderingInfo();
        chart.createBufferedImage(1000, 760, info);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();

        List<String> tasks = labels(plot.getDomainAxis(), info.getPlotInfo().getSubplotInfo(1).getDataArea(), RectangleEdge.BOTTOM);
        List<String> wall = labels(panels(chart).get(0).getRangeAxis(), info.getPlotInfo().getSubplotInfo(0).getDataArea(),
                RectangleEdge.LEFT);
        List<String> bytes = labels(panels(chart).get(1).getRangeAxis(), info.getPlotInfo().getSubplotInfo(1).getDataArea(),
                RectangleEdge.LEFT);

        assertAll(
                () -> assertTrue(tasks.contains("1,000") && tasks.contains("10,000"), tasks.toString()),
                () -> assertTrue(tasks.stream().allMatch(label -> isPower(label, 10)), "powers of ten: " + tasks),
                () -> assertTrue(wall.containsAll(List.of("128", "256", "512", "1,024")), wall.toString()),
                () -> assertTrue(wall.stream().allMatch(label -> isPower(label, 2)), "powers of two: " + wall),
                () -> assertTrue(!bytes.isEmpty() && bytes.stream().allMatch(label -> isPower(label, 2)), "powers of two: " + bytes));
    }

    @Test
    void whenNoRunGatheredThePanelsAreEmptyAndTheirAxesStillStartAtOne() {
        JFreeChart chart = ScaleChart.chart(List.of(ROWS.getLast()), Duration.ofMillis(100));
        var info = new ChartRenderingInfo();
        chart.createBufferedImage(1000, 760, info);

        List<String> wall = labels(panels(chart).get(0).getRangeAxis(), info.getPlotInfo().getSubplotInfo(0).getDataArea(),
                RectangleEdge.LEFT);
        assertEquals(Map.of(), lines(panels(chart).get(0)));
        assertTrue(!wall.isEmpty() && wall.stream().allMatch(label -> isPower(label, 2)), "nothing below 1: " + wall);
    }

    /** The major ticks' labels, as the chart draws them in {@code area}. */
    private static List<String> labels(ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            List<String> labels = new ArrayList<>();
            for (Object tick : axis.refreshTicks(g2, new AxisState(), area, edge)) {
                if (tick instanceof LogTick log && log.getAttributedLabel() != null) {
                    labels.add(text(log.getAttributedLabel().getIterator()));
                }
            }
            return labels;
        } finally {
            g2.dispose();
        }
    }

    private static String text(AttributedCharacterIterator characters) {
        StringBuilder text = new StringBuilder();
        for (char c = characters.first(); c != AttributedCharacterIterator.DONE; c = characters.next()) {
            text.append(c);
        }
        return text.toString();
    }

    /** {@code 1,024} is a power of 2 written out; {@code 1E3}, {@code 10^3} and {@code 0} are no such thing. */
    private static boolean isPower(String label, long base) {
        if (!label.matches("\\d{1,3}(,\\d{3})*")) {
            return false;
        }
        long value = Long.parseLong(label.replace(",", ""));
        while (value > 1 && value % base == 0) {
            value /= base;
        }
        return value == 1;
    }
}
