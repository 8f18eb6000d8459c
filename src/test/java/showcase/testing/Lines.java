package showcase.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/** Reads a process's output as it comes, line by line, blocking on the pipe: no polling, no sleeping. */
public final class Lines {

    private Lines() {
    }

    /** Reads until a line contains {@code text}, keeping every line read; returns that line. */
    public static String readUntil(BufferedReader reader, List<String> lines, String text) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the output ended before '" + text + "':\n" + String.join("\n", lines));
    }

    public static void readToEnd(BufferedReader reader, List<String> lines) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
    }
}
