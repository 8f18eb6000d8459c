package showcase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads {@code --chart}: a file to write, ending in {@code .svg} or {@code .png}, in a folder that exists. */
public final class ChartFile {

    private ChartFile() {
    }

    public static Path parse(String text) {
        Path file = Path.of(text).toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new IllegalArgumentException("'" + text + "' must end in .svg or .png, the formats a chart is drawn in");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("'" + text + "' is in a folder that does not exist: " + file.getParent());
        }
        return file;
    }
}
