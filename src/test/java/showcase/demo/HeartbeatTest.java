package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.model.Models;
import showcase.report.Report;
import showcase.tasks.TaskSpec;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/** The responsiveness claim: the heartbeat keeps ticking, at its period, while both tasks sleep. */
@ExtendWith(NoThreadLeftBehind.class)
class HeartbeatTest {

    private static final Pattern LINE = Pattern.compile("\\+(\\d+)ms\\s+(\\S+)\\s+\\S+\\s+INFO\\s+(?:\\[request-\\d+] )?(.*)");

    private record Line(long millis, String thread, String message) {
    }

    @Test
    void ticksInOrderAtItsPeriodWhileTheTasksSleep() throws Exception {
        var settings = new Hello.Settings(List.of(Models.named("structured").orElseThrow()),
                TaskSpec.hello(Duration.ofMillis(100)), TaskSpec.world(Duration.ofMillis(300)),
                Optional.of(Duration.ofMillis(20)), Optional.empty());
        List<Line> log = CapturedStderr.lines(() -> new Hello(settings).run(new Report(System.out))).stream()
                .map(LINE::matcher).filter(Matcher::matches)
                .map(m -> new Line(Long.parseLong(m.group(1)), m.group(2), m.group(3))).toList();

        List<Line> ticks = log.stream().filter(line -> line.thread().equals("heartbeat")).toList();
        assertEquals(IntStream.rangeClosed(1, ticks.size()).mapToObj(n -> "tick " + n).toList(),
                ticks.stream().map(Line::message).toList(), "numbered from 1, none skipped");
        long hello = only(log, "Hello").millis();
        long world = only(log, "World").millis();
        long ticksBetween = ticks.stream().filter(tick -> tick.millis() > hello && tick.millis() < world).count();
        assertTrue(ticksBetween >= 5, ticksBetween + " ticks while world slept 200 ms more than hello: " + log);
        long span = ticks.getLast().millis() - ticks.getFirst().millis();
        double period = (double) span / (ticks.size() - 1);
        assertTrue(period > 15 && period < 40, "ticks " + period + " ms apart on average, asked for 20: " + ticks);
    }

    private static Line only(List<Line> log, String message) {
        List<Line> lines = log.stream().filter(line -> line.message().equals(message)).toList();
        assertEquals(1, lines.size(), message + " in " + log);
        return lines.getFirst();
    }
}
