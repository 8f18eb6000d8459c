package showcase.values;

import java.io.Serial;
import java.util.List;

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

    /** The one line for a choice that does not exist: {@code unknown case 'x': choose one of ...}. */
    public static String unknownChoice(String what, String given, List<String> choices) {
        return "unknown " + what + " '" + given + "': choose one of " + String.join(", ", choices);
    }
}
