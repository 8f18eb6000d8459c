package showcase.io;

import java.io.Serial;

/**
 * The database cannot be had: the embedded server cannot start (its port taken, no disk) or the
 * user's URL refuses. Bad input or environment, not a failure of a demo: its message names the
 * library's own exception as thrown.
 */
public final class DatabaseUnavailable extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
