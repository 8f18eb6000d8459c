package showcase.server.load;

import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import showcase.report.ProgressBarsOnStderr;
import showcase.report.Terminal;
import showcase.values.Counts;

/**
 * A progress bar on stderr for one run of the load, drawn by the progressbar library while its
 * window is open: the seconds gone of the window, the answers so far and the failures. Only on a
 * terminal ({@link Terminal}); elsewhere (tests, pipes, files) nothing, and the library is not used.
 */
final class RunProgressBar implements AutoCloseable {

    private final Optional<ProgressBar> bar;

    private RunProgressBar(Optional<ProgressBar> bar) {
        this.bar = bar;
    }

    /** A bar named {@code name} that fills up over {@code window}, if stderr is a terminal. */
    static RunProgressBar onStderr(String name, Duration window) {
        return new RunProgressBar(Terminal.stderrIsTerminal() ? Optional.of(bar(name, window)) : Optional.empty());
    }

    void show(long elapsedNanos, long ok, long failed) {
        bar.ifPresent(shown -> show(shown, Math.min(Duration.ofNanos(elapsedNanos).toSeconds(), shown.getMax()), ok, failed));
    }

    /** The window has closed: the bar full, with the run's totals (the last tick came up to 100 ms before). */
    void completed(LoadResult result) {
        bar.ifPresent(shown -> show(shown, shown.getMax(), result.ok(), result.errors() + result.timeouts()));
    }

    private static void show(ProgressBar bar, long seconds, long ok, long failed) {
        bar.stepTo(seconds).setExtraMessage(Counts.format(ok) + " answers, " + Counts.format(failed) + " failed");
    }

    /** Leaves the bar where it stands, for the log to go on below it. */
    @Override
    public void close() {
        bar.ifPresent(ProgressBar::close);
    }

    private static ProgressBar bar(String name, Duration window) {
        return ProgressBarsOnStderr.builder(name, window.toSeconds()).setUnit(" s", 1).build();
    }
}
