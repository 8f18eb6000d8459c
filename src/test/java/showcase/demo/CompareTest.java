package showcase.demo;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.model.Models;
import showcase.report.Format;
import showcase.report.Report;
import showcase.tasks.TaskSpec;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/**
 * A real compare run of two models through the race: the matrix under the case's heading, the
 * progress in the log, and the timeline drawn where asked. completable-future cannot cancel the
 * loser, so world is still running when its call returns; structured interrupts it.
 */
@ExtendWith(NoThreadLeftBehind.class)
class CompareTest {

    private static final TaskSpec HELLO = TaskSpec.hello(Duration.ofMillis(10));
    /** Far longer than hello: world is still asleep when a model that cannot cancel it returns, even on a loaded machine. */
    private static final TaskSpec WORLD = TaskSpec.world(Duration.ofMillis(400));

    @Test
    void racesEachModelPrintsTheMatrixUnderTheHeadingLogsProgressAndDrawsTheTimeline(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("compare.svg");
        var settings = new Compare.Settings(
                List.of(Models.named("structured").orElseThrow(), Models.named("completable-future").orElseThrow()),
                List.of(Case.RACE), HELLO, WORLD, Duration.ofMillis(150), Format.TEXT, Optional.of(chart));
        var out = new ByteArrayOutputStream();
        var report = new Report(new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> log = CapturedStderr.lines(() -> {
            new Compare(settings).run(report);
            report.print();
        });

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("race: " + Case.RACE.heading(HELLO, WORLD, Duration.ofMillis(150)), lines.get(1), "the case's heading");
        List<String> structured = List.of(lines.get(2).strip().split("\\s{2,}"));
        List<String> completable = List.of(lines.get(3).strip().split("\\s{2,}"));
        assertAll(
                () -> assertEquals(List.of("structured", "Hello"), List.of(structured.get(0), structured.get(2))),
                () -> assertTrue(structured.get(3).startsWith("yes, +"), "world interrupted: " + structured),
                () -> assertEquals("0", structured.get(5), "nothing left running: " + structured),
                () -> assertEquals(List.of("completable-future", "Hello", "no"), List.of(completable.get(0), completable.get(2),
                        completable.get(3))),
                () -> assertEquals("1 (world)", completable.get(5), "world still sleeping when the call returned: " + completable));
        assertAll(
                () -> assertTrue(log.stream().anyMatch(line -> line.contains("[1/2] race / structured: Hello in ")), "" + log),
                () -> assertTrue(log.stream().anyMatch(line -> line.contains("[2/2] race / completable-future: Hello in ")
                        && line.endsWith("world not interrupted, ran on " + completable.get(4) + " ms after hello won")), "" + log));
        String svg = Files.readString(chart);
        assertTrue(svg.contains("completable-future \u00b7 world") && svg.contains("structured \u00b7 hello"),
                "a lane per model and task in the chart");
    }
}
