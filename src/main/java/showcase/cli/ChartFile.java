package showcase.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Reads {@code --chart}: a file ending in {@code .svg} or {@code .png} that can be written (see {@link OutputFile}). */
public final class ChartFile {

    private ChartFile() {
    }

    public static Path parse(String text) {
        String name = text.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new IllegalArgumentException("'" + text + "' must end in .svg or .png, the formats a chart is drawn in");
        }
        return OutputFile.parse(text);
    }
}
