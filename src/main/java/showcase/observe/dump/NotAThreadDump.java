package showcase.observe.dump;

import java.io.Serial;

/** A file that cannot be drawn: missing, not JSON, JSON of another kind, or a dump in an older JDK's shape. */
public final class NotAThreadDump extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotAThreadDump(String message) {
        super(message);
    }
}
