package showcase.demo.asyncio;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import showcase.report.ChartColors;
import showcase.report.Charts;
import showcase.report.Sizes;

/**
 * The table as a picture: for every case and every scale, Python's process beside Java's, as
 * whole-process time and as peak resident memory, each as the process measured itself or as the
 * parent timed it.
 */
final class AsyncioChart {

    private static final String JAVA = "Java (the case's model)";
    private static final Color PYTHON_COLOR = ChartColors.BLUE;
    private static final Color JAVA_COLOR = ChartColors.ORANGE;
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 700;

    private AsyncioChart() {
    }

    static void write(List<ProgramRun> runs, Path file) {
        var time = new DefaultCategoryDataset();
        var memory = new DefaultCategoryDataset();
        for (ProgramRun run : runs) {
            String series = run.runtime().equals(AsyncioReport.PYTHON) ? AsyncioReport.PYTHON : JAVA;
            String category = run.caseId().equals(AsyncioReport.SCALE)
                    ? String.format(Locale.ROOT, "scale %,d", run.tasks()) : run.caseId();
            time.addValue(run.processMillis() / 1000.0, series, category);
            if (run.peakRssBytes().isPresent()) {
                memory.addValue(Sizes.megabytes(run.peakRssBytes().getAsLong()), series, category);
            }
        }
        var combined = new CombinedDomainCategoryPlot(new CategoryAxis());
        combined.add(panel(time, "whole process, s"), 1);
        combined.add(panel(memory, "peak RSS, MB"), 1);
        // Each panel would list both series again.
        var legend = new LegendItemCollection();
        legend.add(new LegendItem(AsyncioReport.PYTHON, PYTHON_COLOR));
        legend.add(new LegendItem(JAVA, JAVA_COLOR));
        combined.setFixedLegendItems(legend);
        var chart = new JFreeChart("asyncio beside Java 25", JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.addSubtitle(new TextTitle("each program in a process of its own: time from start to exit, and its own peak RSS"));
        chart.setBackgroundPaint(Color.WHITE);
        Charts.write(chart, file, WIDTH, HEIGHT);
    }

    private static CategoryPlot panel(DefaultCategoryDataset data, String label) {
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // By key, not by index: a dataset whose first run is Java's would swap the colours.
        if (data.getRowIndex(AsyncioReport.PYTHON) >= 0) {
            renderer.setSeriesPaint(data.getRowIndex(AsyncioReport.PYTHON), PYTHON_COLOR);
        }
        if (data.getRowIndex(JAVA) >= 0) {
            renderer.setSeriesPaint(data.getRowIndex(JAVA), JAVA_COLOR);
        }
        var plot = new CategoryPlot(data, null, new NumberAxis(label), renderer);
        plot.setBackgroundPaint(ChartColors.BACKGROUND);
        return plot;
    }
}
