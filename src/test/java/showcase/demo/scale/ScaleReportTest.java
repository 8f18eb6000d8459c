package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.report.Format;
import showcase.testing.NoThreadLeftBehind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's shapes: the JSON keys programs rely on, a note for every row that stopped short, the chart. */
@ExtendWith(NoThreadLeftBehind.class)
class ScaleReportTest {

    private static final ScaleReport.Context CONTEXT = new ScaleReport.Context(24_000, "pid_max 32,768", false);
    private static final List<ScaleRow> ROWS = List.of(
            row("structured", 1_000, Status.OK, 1_000, ""),
            row("structured", 10_000, Status.OK, 10_000, ""),
            row("platform-threads", 1_000, Status.LIMIT, 0, "platform-thread cap reached: 500 threads alive"));

    private static ScaleRow row(String model, long tasks, Status status, long completed, String reason) {
        return new ScaleRow(model, tasks, 1_000, status, reason, completed, completed, OptionalLong.of(completed),
                OptionalLong.of(1_020), OptionalLong.of(15), OptionalLong.of(80_000_000), OptionalLong.of(80_000_000 + tasks * 900),
                OptionalLong.of(11), 24_000, new ChildJvmFigures(List.of("-XX:+UseSerialGC"), 1_400, OptionalLong.of(300),
                        OptionalLong.of(150), OptionalLong.of(900), OptionalLong.of(0), OptionalLong.of(0), OptionalLong.empty(), ""));
    }

    @Test
    void jsonHasTheKeysTheIssuePromisesForEveryRun() {
        String json = ScaleReport.render(ROWS, Format.JSON, CONTEXT);

        assertTrue(json.startsWith("{\n  \"jdk\": \"" + Runtime.version() + "\",\n  \"cores\": "), json);
        for (String key : List.of("model", "tasks", "sleepMillis", "status", "completed", "wallMillis", "forkMillis",
                "joinMillis", "peakRssBytes", "bytesPerTask", "peakPlatformThreads", "virtualThreadsStarted", "reason")) {
            assertEquals(ROWS.size(), json.split("\n\\s*\"" + key + "\": ", -1).length - 1, key + " in\n" + json);
        }
        assertAll(
                () -> assertTrue(json.contains("\"status\": \"limit\""), json),
                () -> assertTrue(json.contains("\"bytesPerTask\": 900"), json),
                () -> assertTrue(json.contains("\"joinMillis\": 1005"), json),
                () -> assertTrue(json.contains("\"reason\": null"), json));
    }

    @Test
    void theTextTableEndsWithANoteForEachRowThatStoppedShortAndTheCap() {
        List<String> lines = ScaleReport.render(ROWS, Format.TEXT, CONTEXT).lines().toList();

        assertTrue(lines.getFirst().matches("model\\s+tasks\\s+status\\s+completed\\s+wall ms\\s+fork ms\\s+join ms\\s+tasks/s"
                + "\\s+process ms\\s+peak RSS MB\\s+B/task\\s+GCs\\s+platform threads\\s+virtual threads"), lines.getFirst());
        assertTrue(lines.get(2).matches("structured\\s+10,000\\s+ok\\s+10,000\\s+1,020\\s+15\\s+1,005\\s+9,803\\s+1,400\\s+89"
                + "\\s+900\\s+0\\s+11\\s+10,000"), lines.get(2));
        assertEquals(List.of("platform-threads at 1,000: limit with 0 started: platform-thread cap reached: 500 threads alive",
                "platform-thread cap: 24,000 (pid_max 32,768)"), lines.subList(4, lines.size()));
    }

    @Test
    void markdownKeepsTheNotesAsAListUnderTheTable() {
        List<String> lines = ScaleReport.render(ROWS, Format.MARKDOWN, CONTEXT).lines().toList();

        assertTrue(lines.getFirst().startsWith("| model | tasks | status |"), lines.getFirst());
        assertEquals(List.of("",
                "- platform-threads at 1,000: limit with 0 started: platform-thread cap reached: 500 threads alive",
                "- platform-thread cap: 24,000 (pid_max 32,768)"), lines.subList(2 + ROWS.size(), lines.size()));
    }

    @Test
    void csvCarriesPlainNumbers() {
        String csv = ScaleReport.render(ROWS, Format.CSV, CONTEXT);

        assertTrue(csv.lines().anyMatch(line -> line.equals("structured,10000,ok,10000,1020,15,1005,9803,1400,89,900,0,11,10000")),
                csv);
    }

    @Test
    void drawsTimeAndBytesPerTaskAgainstN(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("scale.svg");

        ScaleChart.write(ROWS, Duration.ofSeconds(1), chart);

        String svg = Files.readString(chart);
        assertAll(
                () -> assertTrue(svg.contains("<svg"), "an SVG"),
                () -> assertTrue(svg.contains("tasks (N)"), "N on the shared axis"),
                () -> assertTrue(svg.contains(">structured<"), "a line per model"),
                () -> assertFalse(svg.contains("platform-threads"), "a run that hit a limit is left out"));
    }

    /** A row of {@code ROWS}, with the deoptimisations its child counted. */
    private static ScaleRow deoptimized(ScaleRow row, long count, String most) {
        ChildJvmFigures jvm = row.jvm();
        return new ScaleRow(row.model(), row.tasks(), row.sleepMillis(), row.status(), row.reason(), row.started(),
                row.completed(), row.virtualThreads(), row.wallMillis(), row.forkMillis(), row.baselineRssBytes(),
                row.peakRssBytes(), row.peakPlatformThreads(), row.threadCap(), new ChildJvmFigures(jvm.flags(),
                        jvm.processMillis(), jvm.readyMillis(), jvm.warmUpMillis(), jvm.cpuMillis(), jvm.collections(),
                        jvm.collectionMillis(), OptionalLong.of(count), most));
    }

    @Test
    void theLogSaysInOneLineWhatEachModelDidAtEachN() {
        assertAll(
                () -> assertEquals("structured 10,000 x 1000 ms: ok in 1,020 ms (forked in 15 ms), peak RSS 89 MB, "
                        + "900 B/task, 11 platform threads at most, 0 GCs", ScaleReport.summary(ROWS.get(1))),
                () -> assertEquals("structured 10,000 x 1000 ms: ok in 1,020 ms (forked in 15 ms), peak RSS 89 MB, "
                        + "900 B/task, 11 platform threads at most, 0 GCs, 1,204 deoptimisations",
                        ScaleReport.summary(deoptimized(ROWS.get(1), 1_204, ""))),
                () -> assertEquals("platform-threads 1,000 x 1000 ms: limit with 0 started and 0 completed: "
                        + "platform-thread cap reached: 500 threads alive", ScaleReport.summary(ROWS.get(2))));
    }

    @Test
    void countedDeoptimisationsGetAColumnAndTheMostDeoptimisedMethodANote() {
        var counted = new ScaleReport.Context(24_000, "pid_max 32,768", true);
        List<ScaleRow> rows = List.of(deoptimized(ROWS.get(0), 0, ""),
                deoptimized(ROWS.get(1), 1_204, "java.lang.VirtualThread.parkNanos (unstable_if)"));

        List<String> lines = ScaleReport.render(rows, Format.TEXT, counted).lines().toList();

        assertAll(
                () -> assertTrue(lines.getFirst().endsWith("virtual threads  deopts"), lines.getFirst()),
                () -> assertTrue(lines.get(1).endsWith(" 0"), lines.get(1)),
                () -> assertTrue(lines.get(2).endsWith(" 1,204"), lines.get(2)),
                () -> assertEquals(List.of("structured at 10,000: most deoptimised: java.lang.VirtualThread.parkNanos (unstable_if)",
                        "platform-thread cap: 24,000 (pid_max 32,768)"), lines.subList(3, lines.size())));
    }

    @Test
    void jsonGivesTheReasonAndTheMostDeoptimisedMethodOnlyWhereThereIsOne() throws Exception {
        List<ScaleRow> rows = List.of(deoptimized(ROWS.get(1), 1_204, "java.lang.VirtualThread.parkNanos (unstable_if)"),
                ROWS.get(2));

        JsonNode runs = JsonMapper.builder().build().readTree(ScaleReport.render(rows, Format.JSON, CONTEXT)).get("runs");

        assertAll(
                () -> assertTrue(runs.get(0).get("reason").isNull(), "a run that gathered needs no reason"),
                () -> assertEquals("java.lang.VirtualThread.parkNanos (unstable_if)", runs.get(0).get("mostDeoptimized").asString()),
                () -> assertEquals(1_204, runs.get(0).get("deoptimizations").asLong()),
                () -> assertEquals("platform-thread cap reached: 500 threads alive", runs.get(1).get("reason").asString()),
                () -> assertTrue(runs.get(1).get("mostDeoptimized").isNull(), "nothing counted"),
                () -> assertTrue(runs.get(1).get("deoptimizations").isNull(), "nothing counted"));
    }
}
