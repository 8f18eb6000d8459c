package showcase.report;

/**
 * Whether stderr is a terminal, where progress is drawn. Java cannot ask that of stderr, so
 * {@code scripts/showcase} asks the shell ({@code [ -t 2 ]}, a builtin, no fork) and passes the
 * answer in a system property; without the launcher there is no progress, which is always safe.
 */
public final class Terminal {

    public static final String PROPERTY = "showcase.stderr.terminal";

    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        return Boolean.getBoolean(PROPERTY);
    }
}
