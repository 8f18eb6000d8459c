package showcase.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file the user asked for (a chart, a dump) that could not be written, with the reason in words. */
public final class WriteFailure extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public WriteFailure(String what, Path file, IOException cause) {
        super("could not write " + what + " " + file + ": " + reason(cause), cause);
    }

    /** {@code permission denied}, {@code it is a directory}: the operating system's reason, in short. */
    public static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or directory";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
