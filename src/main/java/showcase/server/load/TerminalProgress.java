package showcase.server.load;

import java.io.PrintStream;

/**
 * One line on stderr, rewritten in place while a run lasts, when stderr is a terminal; nothing
 * otherwise. Java cannot ask whether stderr is a terminal, so {@code scripts/showcase} asks the
 * shell ({@code [ -t 2 ]}) and says so in the {@code showcase.stderr.terminal} system property.
 */
final class TerminalProgress {

    static final String PROPERTY = "showcase.stderr.terminal";
    private static final String CLEAR_TO_END = "\033[K";

    private final PrintStream err;
    private final boolean shown;

    private TerminalProgress(PrintStream err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    static TerminalProgress onStderr() {
        return new TerminalProgress(System.err, Boolean.getBoolean(PROPERTY));
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
