package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.report.Format;
import showcase.report.Report;
import showcase.testing.CapturedStderr;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole scale run, one small child JVM: a cap above the safe one is warned about, the child's
 * progress is drawn as bars on a terminal, its row is reported and charted.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class ScaleRunTest {

    @BeforeAll
    static void startTheProgressBarsDrawingThread() {
        ProgressBarsTest.startTheLibrarysDrawingThread();
    }

    @Test
    void aCapAboveTheSafeOneIsWarnedAboutAndTheRunIsDrawnReportedAndCharted(@TempDir Path dir) throws Exception {
        int cap = PlatformThreadLimits.read().safeCap() + 10_000;
        Path chart = dir.resolve("scale.svg");
        var settings = new Scale.Settings(List.of("structured"), List.of(20), Duration.ofMillis(10), Duration.ofSeconds(30),
                OptionalInt.of(cap), false, false, false, List.of(), Format.JSON, Optional.of(chart), true);
        var out = new ByteArrayOutputStream();
        var report = new Report(new PrintStream(out, true, StandardCharsets.UTF_8));
        boolean[] gathered = new boolean[1];

        List<String> stderr = CapturedStderr.lines(() -> gathered[0] = new Scale(settings).run(report));
        report.print();

        JsonNode row = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("runs").get(0);
        String shown = String.join("\n", stderr).replaceAll("\u001B\\[[;\\d]*m", "");
        assertAll(
                () -> assertTrue(gathered[0], shown),
                () -> assertEquals(List.of("structured", "20", "ok", "20", Integer.toString(cap)), List.of(
                        row.get("model").asString(), row.get("tasks").asString(), row.get("status").asString(),
                        row.get("completed").asString(), row.get("platformThreadCap").asString())),
                () -> assertTrue(stderr.stream().anyMatch(line -> line.matches(".*WARN\\s+--max-platform-threads " + cap
                        + " is above the safe cap of \\d+ \\(.+\\): the OS may refuse threads, .*")), shown),
                () -> assertTrue(shown.contains("structured 20 finished 100%"), "the bar of tasks finished:\n" + shown),
                () -> assertTrue(stderr.getLast().endsWith("chart drawn in " + chart), stderr.getLast()),
                () -> assertTrue(Files.readString(chart).contains(">structured<"), "a line for the model"));
    }
}
