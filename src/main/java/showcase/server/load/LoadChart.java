package showcase.server.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import showcase.observe.Latencies;
import showcase.report.ChartColors;
import showcase.report.Charts;

/**
 * Draws the runs: each server's latency by percentile, /hello solid and /health dashed, on log
 * axes so that a 2 s median and a 20 s tail fit on one chart; or, for a sweep, requests per second
 * and p99 latency against the number of clients, a line per server.
 */
final class LoadChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 640;
    private static final double HIGHEST_PERCENTILE = 99.99;
    private static final List<Color> COLORS = List.of(ChartColors.BLUE, ChartColors.RED, ChartColors.GREEN, ChartColors.PURPLE);

    private LoadChart() {
    }

    static void write(List<LoadResult> results, boolean sweep, Path file) {
        Charts.write(sweep ? sweep(results) : percentiles(results), file, WIDTH, HEIGHT);
    }

    private static JFreeChart percentiles(List<LoadResult> results) {
        var data = new XYSeriesCollection();
        var renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < results.size(); i++) {
            LoadResult result = results.get(i);
            Color color = COLORS.get(i % COLORS.size());
            String who = result.server() + ", " + result.clients() + " clients";
            add(data, renderer, who + ": GET /hello", result.hello(), color, new BasicStroke(2.5f));
            add(data, renderer, who + ": GET /health", result.health(), color,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        var percentile = decades("percentile", new PercentileFormat());
        percentile.setRange(1, 1 / (1 - HIGHEST_PERCENTILE / 100));
        var latency = decades("latency (ms)", new DecimalFormat("#,##0.#"));
        spanWholeDecades(latency, data);
        var plot = new XYPlot(data, percentile, latency, renderer);
        plot.setBackgroundPaint(ChartColors.BACKGROUND);
        var chart = new JFreeChart("load: latency by percentile, per server", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    // x = 1 / (1 - p), so that 90%, 99%, 99.9% are evenly spaced on a log axis.
    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer renderer, String name, Latencies latencies,
            Color color, BasicStroke stroke) {
        var series = new XYSeries(name, false);
        for (double[] point : latencies.distribution()) {
            if (point[0] <= HIGHEST_PERCENTILE && point[1] > 0) {
                series.add(1 / (1 - point[0] / 100), point[1]);
            }
        }
        if (series.isEmpty()) {
            return;
        }
        data.addSeries(series);
        int index = data.getSeriesCount() - 1;
        renderer.setSeriesPaint(index, color);
        renderer.setSeriesStroke(index, stroke);
    }

    private static JFreeChart sweep(List<LoadResult> results) {
        Map<String, XYSeries> throughput = new LinkedHashMap<>();
        Map<String, XYSeries> p99 = new LinkedHashMap<>();
        for (LoadResult result : results) {
            throughput.computeIfAbsent(result.server(), name -> new XYSeries(name)).add(result.clients(),
                    result.requestsPerSecond());
            double millis = result.hello().millisAt(99);
            if (!Double.isNaN(millis)) {
                p99.computeIfAbsent(result.server(), name -> new XYSeries(name)).add(result.clients(), millis);
            }
        }
        var clients = decades("concurrent clients", new DecimalFormat("#,##0"));
        var combined = new CombinedDomainXYPlot(clients);
        combined.setGap(12);
        combined.add(panel(throughput, new NumberAxis("requests/s"), true), 1);
        var latency = decades("p99 latency (ms)", new DecimalFormat("#,##0.#"));
        XYPlot latencies = panel(p99, latency, false);
        spanWholeDecades(latency, (XYSeriesCollection) latencies.getDataset());
        combined.add(latencies, 1);
        var chart = new JFreeChart("load: throughput and p99 latency against concurrency", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A base-10 log axis ticked at each power of ten only: 1, 10, 100, or 0%, 90%, 99%. */
    private static LogAxis decades(String label, NumberFormat format) {
        var axis = new LogAxis(label);
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1), false, true);
        axis.setMinorTickMarksVisible(true);
        axis.setNumberFormatOverride(format);
        return axis;
    }

    // From the power of ten below the lowest value to the one above the highest, so every tick is a round one.
    private static void spanWholeDecades(LogAxis axis, XYSeriesCollection data) {
        if (data.getSeriesCount() == 0) {
            return;
        }
        double lowest = Double.MAX_VALUE;
        double highest = Double.MIN_VALUE;
        for (int series = 0; series < data.getSeriesCount(); series++) {
            lowest = Math.min(lowest, data.getSeries(series).getMinY());
            highest = Math.max(highest, data.getSeries(series).getMaxY());
        }
        axis.setRange(Math.pow(10, Math.floor(Math.log10(lowest))), Math.pow(10, Math.ceil(Math.log10(highest))));
    }

    private static XYPlot panel(Map<String, XYSeries> series, ValueAxis range, boolean inLegend) {
        var data = new XYSeriesCollection();
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDefaultSeriesVisibleInLegend(inLegend);
        int index = 0;
        for (XYSeries line : series.values()) {
            data.addSeries(line);
            renderer.setSeriesPaint(index, COLORS.get(index % COLORS.size()));
            renderer.setSeriesStroke(index, new BasicStroke(2.5f));
            index++;
        }
        var plot = new XYPlot(data, null, range, renderer);
        plot.setBackgroundPaint(ChartColors.BACKGROUND);
        return plot;
    }

    /** Labels the axis of {@code 1 / (1 - p)} with the percentile {@code p}: 1 is 0%, 10 is 90%, 100 is 99%. */
    private static final class PercentileFormat extends NumberFormat {

        private static final long serialVersionUID = 1L;
        private final DecimalFormat decimals = new DecimalFormat("0.###");

        @Override
        public StringBuffer format(double x, StringBuffer to, FieldPosition position) {
            return to.append(decimals.format(100 * (1 - 1 / x))).append('%');
        }

        @Override
        public StringBuffer format(long x, StringBuffer to, FieldPosition position) {
            return format((double) x, to, position);
        }

        @Override
        public Number parse(String text, ParsePosition position) {
            throw new UnsupportedOperationException("axis labels are only written");
        }
    }
}
