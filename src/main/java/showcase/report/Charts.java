package showcase.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a JFreeChart to a file, as SVG or PNG by the file's extension: the one way every chart is saved. */
public final class Charts {

    private Charts() {
    }

    /** @throws WriteFailure when the file cannot be written, with the reason */
    public static void write(JFreeChart chart, Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                var svg = new SVGGraphics2D(width, height);
                chart.draw(svg, new Rectangle(width, height));
                Files.writeString(file, svg.getSVGDocument());
            } else if (name.endsWith(".png")) {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            } else {
                throw new IllegalArgumentException("a chart file must end in .svg or .png: " + file);
            }
        } catch (IOException e) {
            throw new WriteFailure("chart", file, e);
        }
    }
}
