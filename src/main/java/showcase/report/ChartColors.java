package showcase.report;

import java.awt.Color;

/**
 * The colours the charts draw with, each named once so that every chart's blue is the same blue.
 * All but the grey are Tableau 10's, as Vega gives them.
 */
public final class ChartColors {

    public static final Color BLUE = new Color(0x4C78A8);
    public static final Color ORANGE = new Color(0xF58518);
    public static final Color GREEN = new Color(0x54A24B);
    public static final Color RED = new Color(0xE45756);
    public static final Color TEAL = new Color(0x72B7B2);
    public static final Color PURPLE = new Color(0xB279A2);
    public static final Color BROWN = new Color(0x9D755D);
    public static final Color GREY = new Color(0x9D9D9D);
    /** Behind the plot, light enough for any of the colours to stand out against it. */
    public static final Color BACKGROUND = new Color(0xF7F7F7);

    private ChartColors() {
    }
}
