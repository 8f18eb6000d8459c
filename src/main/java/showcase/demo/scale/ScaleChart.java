package showcase.demo.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import showcase.report.ChartColors;
import showcase.report.Charts;

/**
 * Wall time and bytes per task against N, all on log axes, one line per model in the same colour
 * in both panels: a flat bytes line is a model whose cost per task does not grow with N; a wall
 * line that stays near the sleep is a model that really runs N tasks at once. Only runs that
 * gathered every task are drawn.
 */
final class ScaleChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 760;
    private static final List<Color> PALETTE = List.of(ChartColors.BLUE, ChartColors.ORANGE, ChartColors.GREEN,
            ChartColors.RED, ChartColors.TEAL, ChartColors.PURPLE, ChartColors.BROWN);

    private ScaleChart() {
    }

    static void write(List<ScaleRow> rows, Duration sleep, Path file) {
        Charts.write(chart(rows, sleep), file, WIDTH, HEIGHT);
    }

    static JFreeChart chart(List<ScaleRow> rows, Duration sleep) {
        List<ScaleRow> gathered = rows.stream().filter(row -> row.status() == Status.OK).toList();
        Map<String, Paint> colours = new LinkedHashMap<>();
        gathered.forEach(row -> colours.computeIfAbsent(row.model(), model -> PALETTE.get(colours.size() % PALETTE.size())));
        var tasks = logAxis("tasks (N)");
        tasks.setTickUnit(new NumberTickUnit(1), false, false);
        var combined = new CombinedDomainXYPlot(tasks);
        combined.setGap(16);
        combined.add(panel(gathered, colours, "wall time (ms)", ScaleRow::wallMillis), 1);
        combined.add(panel(gathered, colours, "peak RSS over baseline, bytes per task", ScaleRow::bytesPerTask), 1);
        var legend = new LegendItemCollection();
        colours.forEach((model, colour) -> legend.add(new LegendItem(model, colour)));
        combined.setFixedLegendItems(legend);
        var chart = new JFreeChart("scale: N tasks each sleeping " + sleep.toMillis() + " ms, gathered by each model",
                JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.addSubtitle(new TextTitle("each model in a child JVM of its own, on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + "; runs that hit a limit or the timeout are left out"));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(List<ScaleRow> rows, Map<String, Paint> colours, String label,
            Function<ScaleRow, OptionalLong> figure) {
        Map<String, XYSeries> byModel = new LinkedHashMap<>();
        for (ScaleRow row : rows) {
            OptionalLong value = figure.apply(row);
            if (value.isPresent() && value.getAsLong() > 0) {
                byModel.computeIfAbsent(row.model(), XYSeries::new).add(row.tasks(), value.getAsLong());
            }
        }
        var data = new XYSeriesCollection();
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        byModel.forEach((model, series) -> {
            renderer.setSeriesPaint(data.getSeriesCount(), colours.get(model));
            renderer.setSeriesStroke(data.getSeriesCount(), new BasicStroke(2f));
            data.addSeries(series);
        });
        var plot = new XYPlot(data, null, logAxis(label), renderer);
        plot.setBackgroundPaint(ChartColors.BACKGROUND);
        plot.setDomainGridlinePaint(Color.GRAY);
        plot.setRangeGridlinePaint(Color.GRAY);
        return plot;
    }

    /** Base 10, ticks written out (1,000 rather than 10^3.0): at powers of two unless set otherwise. */
    private static LogAxis logAxis(String label) {
        var axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1);
        axis.setTickUnit(new NumberTickUnit(Math.log10(2)), false, false);
        axis.setAutoTickUnitSelection(false);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        return axis;
    }
}
