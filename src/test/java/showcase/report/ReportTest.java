package showcase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report is printed once, with what was tracked at that moment, and reaches the reader before the JVM exits. */
class ReportTest {

    @Test
    void printsWhatIsTrackedWhenPrintedOnceAndFlushesItThroughABufferedStream() {
        var bytes = new ByteArrayOutputStream();
        var report = new Report(new PrintStream(new BufferedOutputStream(bytes), false, StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        report.track(() -> String.join("", rows));

        rows.add("first row\n");
        report.print();
        rows.add("second row\n");
        report.print();

        assertEquals("first row\n", bytes.toString(StandardCharsets.UTF_8),
                "printed once, flushed at once: the JVM may exit right after");
    }
}
