package showcase.server.load;

import java.io.PrintStream;
import showcase.report.Terminal;

/** One line on stderr, rewritten in place while a run lasts, when stderr is a terminal ({@link Terminal}); nothing otherwise. */
final class TerminalProgress {

    private static final String CLEAR_TO_END = "\033[K";

    private final PrintStream err;
    private final boolean shown;

    private TerminalProgress(PrintStream err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    static TerminalProgress onStderr() {
        return new TerminalProgress(System.err, Terminal.stderrIsTerminal());
    }

    void show(String line) {
        if (shown) {
            err.print("\r" + line + CLEAR_TO_END);
            err.flush();
        }
    }

    /** Removes the line, so that the log goes on where it stood. */
    void clear() {
        if (shown) {
            err.print("\r" + CLEAR_TO_END);
            err.flush();
        }
    }
}
