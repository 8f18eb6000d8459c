package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file to write is tried before a run that might take minutes, and leaves nothing behind when it can be. */
class OutputFileTest {

    @Test
    void aFileThatCanBeCreatedIsAcceptedAndNotLeftBehind(@TempDir Path dir) {
        Path file = dir.resolve("chart.svg");

        assertEquals(file, ChartFile.parse(file.toString()));
        assertFalse(Files.exists(file), "the trial file is removed again");
    }

    @Test
    void anExistingFileIsKept(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("chart.png"), "old");

        assertEquals(file, ChartFile.parse(file.toString()));
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aDirectoryAMissingFolderAndAWrongExtensionAreRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.svg"));

        assertEquals("'" + folder + "' is a directory, not a file", message(folder.toString()));
        assertTrue(message(dir.resolve("nope/x.svg").toString()).contains("is in a folder that does not exist"));
        assertEquals("'x.gif' must end in .svg or .png, the formats a chart is drawn in", message("x.gif"));
        assertEquals("'/proc/x.png' cannot be written: /proc does not take new files", message("/proc/x.png"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ChartFile.parse(text)).getMessage();
    }
}
