package showcase.observe.dump;

import java.io.Serial;

/** A process whose threads cannot be dumped: gone, not a JVM, another user's, or of a Java without a JSON dump. */
public final class CannotAttach extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public CannotAttach(String message) {
        super(message);
    }
}
