package showcase.cli;

import java.io.Serial;

/**
 * Bad input found only when a demo runs (no python3, a port in use): reported as one line on
 * stderr with exit code 2, like a bad option, never with a stack trace.
 */
public final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
