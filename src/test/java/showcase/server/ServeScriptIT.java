package showcase.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.testing.Lines;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.Signals;

/**
 * scripts/showcase serve as a user runs it: a request is in flight, its hello has answered and
 * its world sleeps; the signal stops the server, cancels the request's scope (world interrupted,
 * the client told 503) and the process exits with 128 + the signal's number within a second,
 * having said it stopped before the signal hook let the JVM exit.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class ServeScriptIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofSeconds(1);

    @ParameterizedTest
    @CsvSource({"TERM, 143, virtual", "INT, 130, platform"})
    void aSignalCancelsTheRequestInFlightAndEndsTheServerWithinASecond(String signal, int exitCode, String threads)
            throws Exception {
        assumeFalse(signal.equals("INT") && Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        Process serve = ScriptRun.of("scripts/showcase", "serve", "--threads", threads, "--port", "0",
                "--hello-delay", "10ms", "--world-delay", "30s").start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = serve.errorReader(); Http http = new Http(listening(err, log))) {
            CompletableFuture<HttpResponse<String>> hello = http.getAsync("/hello");
            Lines.readUntil(err, log, "] Hello");
            long signalled = System.nanoTime();
            Signals.send(signal, serve);
            Lines.readToEnd(err, log);
            assertTrue(serve.waitFor(5, TimeUnit.SECONDS));
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);

            String text = String.join("\n", log);
            assertAll(
                    () -> assertEquals(exitCode, serve.exitValue(), text),
                    () -> assertTrue(took.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + took + " after the signal"),
                    () -> assertTrue(text.matches("(?s).*world\\s+" + threads + "#\\d+\\s+INFO\\s+\\[request-\\d+] world interrupted after \\d+ ms.*"),
                            text),
                    () -> assertTrue(text.contains("GET /hello 503"), text),
                    () -> assertTrue(text.contains("1 in flight cancelled"), text),
                    () -> assertTrue(text.contains("the serve run was interrupted"), text),
                    () -> assertTrue(indexOf(log, "stopped: ") < indexOf(log, "no task left running; exiting"),
                            "the stop was over before the signal hook let the JVM exit:\n" + text));
            assertTrue(hello.handle((response, failure) -> failure != null || response.statusCode() == 503).join(),
                    "the client got 503 or a closed connection");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static int indexOf(List<String> log, String text) {
        return IntStream.range(0, log.size()).filter(i -> log.get(i).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + text + "':\n" + String.join("\n", log)));
    }

    private static URI listening(BufferedReader err, List<String> log) throws IOException {
        Matcher matcher = LISTENING.matcher(Lines.readUntil(err, log, "listening on"));
        assertTrue(matcher.find(), String.join("\n", log));
        return URI.create(matcher.group(1));
    }
}
