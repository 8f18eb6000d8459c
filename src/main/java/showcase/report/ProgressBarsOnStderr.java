package showcase.report;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How every progress bar of the project is drawn on stderr; only the demos that draw one load it, and the library. */
public final class ProgressBarsOnStderr {

    /**
     * A fixed width: asking the terminal for its own makes the library open a JLine terminal, whose
     * native library has Java 25 warn about a restricted method on every run.
     */
    private static final int WIDTH = 100;
    private static final int REDRAW_MILLIS = 100;

    private ProgressBarsOnStderr() {
    }

    /** A bar named {@code name} that fills up to {@code max}, for the caller to finish (unit, speed) and build. */
    public static ProgressBarBuilder builder(String name, long max) {
        return new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, WIDTH))
                .setUpdateIntervalMillis(REDRAW_MILLIS);
    }
}
