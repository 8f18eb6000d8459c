package showcase.server;

import java.io.Serial;

/** The port cannot be listened on: in use, or not ours to take. Bad input, not a failure of the server. */
public final class PortUnavailable extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    PortUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
