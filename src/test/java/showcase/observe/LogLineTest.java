package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.demo.Hello;
import showcase.model.Models;
import showcase.report.Report;
import showcase.tasks.TaskSpec;
import showcase.testing.CapturedStderr;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;

/** The log line of DESIGN §4, through the real log configuration: time, thread name, its kind and id, level, message. */
@ExtendWith(NoThreadLeftBehind.class)
class LogLineTest {

    // The request id, where one is bound, comes before the message: "INFO  [request-1] Hello".
    private static final Pattern LINE =
            Pattern.compile("\\+(\\d+)ms\\s+(\\S+)\\s+(virtual|platform)#(\\d+)\\s+(\\w+)\\s+(?:\\[request-\\d+] )?(.*)");

    private record Line(long millis, String thread, String kind, long threadId, String level, String message) {
    }

    private static List<Line> helloLog(String model) throws Exception {
        var settings = new Hello.Settings(List.of(Models.named(model).orElseThrow()),
                TaskSpec.hello(Duration.ofMillis(20)), TaskSpec.world(Duration.ofMillis(40)), Optional.empty(), Optional.empty());
        return CapturedStderr.lines(() -> new Hello(settings).run(new Report(System.out))).stream()
                .map(LINE::matcher)
                .filter(Matcher::matches)
                .map(m -> new Line(Long.parseLong(m.group(1)), m.group(2), m.group(3), Long.parseLong(m.group(4)),
                        m.group(5), m.group(6)))
                .toList();
    }

    private static Line only(List<Line> lines, String message) {
        List<Line> matching = lines.stream().filter(line -> line.message().equals(message)).toList();
        assertEquals(1, matching.size(), "lines saying '" + message + "' in " + lines);
        return matching.getFirst();
    }

    @Test
    void structuredSaysHelloFromAVirtualThreadNamedForItsTask() throws Exception {
        List<Line> lines = helloLog("structured");

        Line hello = only(lines, "Hello");
        Line world = only(lines, "World");
        assertEquals("hello", hello.thread());
        assertEquals("virtual", hello.kind());
        assertEquals("INFO", hello.level());
        assertEquals("world", world.thread());
        assertEquals("virtual", world.kind());
        assertTrue(hello.threadId() != world.threadId(), "each task has a thread of its own");
        assertTrue(hello.millis() <= world.millis(), "the shorter task logs first");
    }

    @Test
    void platformThreadsSayHelloFromAPlatformThreadNamedForItsTask() throws Exception {
        List<Line> lines = helloLog("platform-threads");

        Line hello = only(lines, "Hello");
        assertEquals("hello", hello.thread());
        assertEquals("platform", hello.kind());
    }

    @Test
    void theSummaryComesFromTheMainThreadWithTheMeasuredTime() throws Exception {
        List<Line> lines = helloLog("structured");

        Line summary = lines.stream().filter(line -> line.message().startsWith("structured: gathered"))
                .findFirst().orElseThrow(() -> new AssertionError("no summary in " + lines));
        assertEquals(Thread.currentThread().getName(), summary.thread());
        assertEquals("platform", summary.kind());
        Matcher measured = Pattern.compile("gathered \\[Hello, World] in (\\d+) ms \\(the delays add up to 60 ms\\)")
                .matcher(summary.message());
        assertTrue(measured.find(), summary.message());
        assertTrue(Long.parseLong(measured.group(1)) >= 40, "cannot finish before the 40 ms task");
    }

    @Test
    void logFormatJsonWritesAnObjectPerLineUntilTextIsAskedForAgain() throws Exception {
        List<String> json = CommandRun.succeeding("--log-format", "json", "--hello-delay", "10ms", "--world-delay", "20ms")
                .log();
        List<String> text = CommandRun.succeeding("--hello-delay", "10ms", "--world-delay", "20ms").log();

        assertTrue(json.stream().allMatch(line -> line.startsWith("{\"elapsedMs\":") && line.endsWith("}")), "" + json);
        Pattern hello = Pattern.compile("\\{\"elapsedMs\":\\d+,\"thread\":\"hello\",\"virtual\":true,\"threadId\":\\d+,"
                + "\"requestId\":\"request-\\d+\",\"level\":\"INFO\",\"logger\":\"[\\w.]+\",\"message\":\"Hello\"}");
        assertEquals(1, json.stream().filter(line -> hello.matcher(line).matches()).count(), "" + json);
        assertTrue(json.stream().anyMatch(line -> line.contains("\"virtual\":false") && line.contains("gathered")),
                "the summary, from a platform thread: " + json);
        assertTrue(!text.isEmpty() && text.stream().allMatch(line -> LINE.matcher(line).matches()), "" + text);
    }
}
