package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The request id a ScopedValue binds, on the log lines of the threads that see it, and on no others. */
@ExtendWith(NoThreadLeftBehind.class)
class RequestIdLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jsonLinesParseAndCarryTheRequestIdWhereItIsBound() throws Exception {
        List<Map<String, Object>> lines = CommandRun.succeeding("--log-format", "json", "--hello-delay", "10ms",
                "--world-delay", "20ms").log().stream()
                .map(line -> JSON.readValue(line, new TypeReference<Map<String, Object>>() { })).toList();

        Map<String, Object> hello = lines.stream().filter(line -> "Hello".equals(line.get("message"))).findFirst().orElseThrow();
        Map<String, Object> summary = lines.stream().filter(line -> line.get("message").toString().contains("gathered"))
                .findFirst().orElseThrow();
        assertTrue(hello.get("requestId").toString().matches("request-\\d+"), hello.toString());
        assertEquals(List.of("elapsedMs", "thread", "virtual", "threadId", "requestId", "level", "logger", "message"),
                List.copyOf(hello.keySet()));
        assertFalse(summary.containsKey("requestId"), "the summary is logged after the request: " + summary);
    }

    @Test
    void aTextLineShowsTheIdOnlyWhenBound() throws Exception {
        List<String> lines = CommandRun.succeeding("--hello-delay", "10ms", "--world-delay", "20ms").log();

        assertTrue(lines.stream().anyMatch(line -> line.matches("\\+\\d+ms\\s+hello\\s+virtual#\\d+\\s+INFO  \\[request-\\d+] Hello")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.matches("\\+\\d+ms\\s+main\\s+platform#\\d+\\s+INFO  structured: gathered .*")),
                String.join("\n", lines));
    }

    @Test
    void aPlatformModelsOwnThreadsDoNotSeeTheIdOnlyAScopesForksDo() throws Exception {
        List<String> lines = CommandRun.succeeding("--model", "platform-threads", "--hello-delay", "10ms",
                "--world-delay", "20ms").log();

        assertTrue(lines.stream().anyMatch(line -> line.matches("\\+\\d+ms\\s+hello\\s+platform#\\d+\\s+INFO  Hello")),
                "new Thread(...) inherits no ScopedValue binding:\n" + String.join("\n", lines));
    }
}
