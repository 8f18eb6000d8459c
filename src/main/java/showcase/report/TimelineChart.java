package showcase.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import showcase.report.Timeline.Ending;
import showcase.report.Timeline.Group;
import showcase.report.Timeline.Lane;

/**
 * Draws a {@link Timeline} with JFreeChart, as SVG or PNG by the file's extension: one panel per
 * group sharing the time axis, one bar per task, a cross where a task failed or was interrupted,
 * and a black tick where the outcome was decided, so that work done after it stands out.
 */
public final class TimelineChart {

    /** The segments a bar is cut into, in legend order. */
    private enum Segment {
        WORKED("worked", ChartColors.BLUE),
        WASTED("ran on after the outcome was decided", ChartColors.PURPLE),
        FAILED("failed", ChartColors.RED),
        INTERRUPTED("interrupted", ChartColors.ORANGE),
        STILL_RUNNING("still running when observation stopped", ChartColors.GREY);

        final String label;
        final Color color;

        Segment(String label, Color color) {
            this.label = label;
            this.color = color;
        }
    }

    private static final int WIDTH = 1200;
    private static final int LANE_HEIGHT = 18;
    private static final double BAR_HALF_HEIGHT = 0.34;

    private TimelineChart() {
    }

    /** Writes the chart to a {@code .svg} or {@code .png} file. */
    public static void write(Timeline timeline, Path file) {
        JFreeChart chart = chart(timeline);
        int lanes = timeline.groups().stream().mapToInt(group -> group.lanes().size()).sum();
        int height = 160 + LANE_HEIGHT * lanes + 30 * timeline.groups().size();
        Charts.write(chart, file, WIDTH, height);
    }

    static JFreeChart chart(Timeline timeline) {
        var time = new NumberAxis("milliseconds since the call began");
        var combined = new CombinedDomainXYPlot(time);
        combined.setGap(14);
        for (Group group : timeline.groups()) {
            combined.add(panel(group), group.lanes().size());
        }
        var legend = new LegendItemCollection();
        for (Segment segment : Segment.values()) {
            legend.add(new LegendItem(segment.label, segment.color));
        }
        legend.add(new LegendItem("the moment the outcome was decided", Color.BLACK));
        combined.setFixedLegendItems(legend);
        var chart = new JFreeChart(timeline.title(), JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.addSubtitle(new TextTitle("one bar per task, from its start to its end; \u2715 where it failed or was interrupted"));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(Group group) {
        Map<Segment, XYIntervalSeries> series = new EnumMap<>(Segment.class);
        var data = new XYIntervalSeriesCollection();
        var renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardXYBarPainter());
        for (Segment segment : Segment.values()) {
            series.put(segment, new XYIntervalSeries(segment.label));
            data.addSeries(series.get(segment));
            renderer.setSeriesPaint(segment.ordinal(), segment.color);
        }

        var plot = new XYPlot(data, null, null, renderer);
        List<String> labels = new ArrayList<>();
        for (int y = 0; y < group.lanes().size(); y++) {
            Lane lane = group.lanes().get(y);
            labels.add(lane.label());
            addBar(series, lane, y);
            if (lane.decidedAt().isPresent()) {
                double decided = lane.decidedAt().getAsDouble();
                plot.addAnnotation(new XYLineAnnotation(decided, y - 0.48, decided, y + 0.48, new BasicStroke(2.5f), Color.BLACK));
            }
            if (lane.ending() == Ending.FAILED || lane.ending() == Ending.INTERRUPTED) {
                plot.addAnnotation(cross(lane.end(), y));
            }
        }
        var lanesAxis = new SymbolAxis(group.label(), labels.toArray(String[]::new));
        lanesAxis.setInverted(true);
        lanesAxis.setGridBandsVisible(false);
        lanesAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.setRangeAxis(lanesAxis);
        plot.setBackgroundPaint(ChartColors.BACKGROUND);
        return plot;
    }

    private static void addBar(Map<Segment, XYIntervalSeries> series, Lane lane, int y) {
        if (lane.ending() == Ending.NEVER_STARTED) {
            return;
        }
        double start = lane.start();
        double end = lane.end();
        Segment last = switch (lane.ending()) {
            case FINISHED -> Segment.WORKED;
            case FAILED -> Segment.FAILED;
            case INTERRUPTED -> Segment.INTERRUPTED;
            case STILL_RUNNING -> Segment.STILL_RUNNING;
            case NEVER_STARTED -> throw new IllegalStateException("a task that never started has no bar");
        };
        double decided = lane.decidedAt().orElse(Double.POSITIVE_INFINITY);
        // What a task did after the decision is waste, even if it only started then (as SiblingFate counts it).
        boolean ranOn = !lane.decisive() && lane.ending() != Ending.INTERRUPTED && decided < end;
        if (ranOn) {
            if (decided > start) {
                add(series.get(Segment.WORKED), start, decided, y);
            }
            add(series.get(last == Segment.WORKED ? Segment.WASTED : last), Math.max(start, decided), end, y);
        } else {
            add(series.get(last), start, end, y);
        }
    }

    private static void add(XYIntervalSeries series, double from, double to, int y) {
        series.add((from + to) / 2, from, to, y, y - BAR_HALF_HEIGHT, y + BAR_HALF_HEIGHT);
    }

    private static XYTextAnnotation cross(double x, int y) {
        var cross = new XYTextAnnotation("\u2715", x, y);
        cross.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        cross.setPaint(Color.BLACK);
        cross.setTextAnchor(TextAnchor.CENTER);
        return cross;
    }
}
