package showcase.demo.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import showcase.report.Charts;

/**
 * Wall time and bytes per task against N, both on log axes, one line per model: a flat bytes line
 * is a model whose cost per task does not grow with N; a wall line that stays at the sleep is a
 * model that really runs N tasks at once. Only runs that gathered every task are drawn.
 */
final class ScaleChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 760;

    private ScaleChart() {
    }

    static void write(List<ScaleRow> rows, Duration sleep, Path file) {
        Charts.write(chart(rows, sleep), file, WIDTH, HEIGHT);
    }

    static JFreeChart chart(List<ScaleRow> rows, Duration sleep) {
        List<ScaleRow> gathered = rows.stream().filter(row -> row.status() == Status.OK).toList();
        var tasks = new LogAxis("tasks (N)");
        tasks.setBase(10);
        tasks.setSmallestValue(1);
        var combined = new CombinedDomainXYPlot(tasks);
        combined.setGap(16);
        combined.add(panel(gathered, "wall time (ms)", ScaleRow::wallMillis), 1);
        combined.add(panel(gathered, "peak RSS over baseline, bytes per task", ScaleRow::bytesPerTask), 1);
        var chart = new JFreeChart("scale: N tasks each sleeping " + sleep.toMillis() + " ms, gathered by each model", JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.addSubtitle(new TextTitle("each model in a child JVM of its own, on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + "; runs that hit a limit or the timeout are left out"));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(List<ScaleRow> rows, String label, Function<ScaleRow, OptionalLong> figure) {
        Map<String, XYSeries> byModel = new LinkedHashMap<>();
        for (ScaleRow row : rows) {
            OptionalLong value = figure.apply(row);
            if (value.isPresent() && value.getAsLong() > 0) {
                byModel.computeIfAbsent(row.model(), XYSeries::new).add(row.tasks(), value.getAsLong());
            }
        }
        var data = new XYSeriesCollection();
        byModel.values().forEach(data::addSeries);
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int series = 0; series < data.getSeriesCount(); series++) {
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        var axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1);
        var plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(new Color(0xF7F7F7));
        plot.setDomainGridlinePaint(Color.GRAY);
        plot.setRangeGridlinePaint(Color.GRAY);
        return plot;
    }
}
