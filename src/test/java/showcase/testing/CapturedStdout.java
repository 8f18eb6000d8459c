package showcase.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what is written to {@code System.out} while a block runs, including Logback's console
 * appender, which looks {@code System.out} up at every write.
 */
public final class CapturedStdout {

    /** Code that may throw, run while the output is captured. */
    public interface Block {
        void run() throws Exception;
    }

    private CapturedStdout() {
    }

    public static List<String> lines(Block block) throws Exception {
        PrintStream original = System.out;
        var bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
