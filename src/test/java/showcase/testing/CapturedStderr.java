package showcase.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what is written to {@code System.err} while a block runs, the log included: Logback's
 * console appender looks {@code System.err} up at every write.
 */
public final class CapturedStderr {

    /** Code that may throw, run while the output is captured. */
    public interface Block {
        void run() throws Exception;
    }

    private CapturedStderr() {
    }

    public static List<String> lines(Block block) throws Exception {
        return text(block).lines().toList();
    }

    /** All of it as written, carriage returns included: what a terminal would have been sent. */
    public static String text(Block block) throws Exception {
        PrintStream original = System.err;
        var bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
