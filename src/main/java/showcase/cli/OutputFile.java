package showcase.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import showcase.report.WriteFailure;

/**
 * Reads an option naming a file to write ({@code --chart}, {@code --dump}). The file is tried
 * before the run (created and removed again), so that a run of minutes does not end in a file
 * that cannot be written.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** The file as an absolute path, if it can be written: an existing regular file we may write, or one we can create. */
    public static Path parse(String text) {
        Path file = Path.of(text).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("'" + text + "' is a directory, not a file");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("'" + text + "' is in a folder that does not exist: " + file.getParent());
        }
        if (Files.exists(file)) {
            if (!Files.isWritable(file)) {
                throw new IllegalArgumentException("'" + text + "' cannot be written: permission denied");
            }
            return file;
        }
        try {
            Files.createFile(file);
            Files.delete(file);
        } catch (FileAlreadyExistsException raced) {
            return file;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("'" + text + "' cannot be written: " + file.getParent()
                    + " does not take new files");
        } catch (IOException e) {
            throw new IllegalArgumentException("'" + text + "' cannot be written: " + WriteFailure.reason(e));
        }
        return file;
    }
}
