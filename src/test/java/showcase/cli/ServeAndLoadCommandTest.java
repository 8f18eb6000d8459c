package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.Main;
import showcase.server.RequestObserver;
import showcase.server.ServerSettings;
import showcase.server.ShowcaseServer;
import showcase.server.ThreadMode;
import showcase.testing.CommandRun;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/** serve and load on the command line: bad input is one line and exit 2; a small load runs both servers and reports. */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class ServeAndLoadCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            serve --port 70000                             | '70000' is not a port
            serve --port http                              | 'http' is not a port
            serve --threads green                          | unknown thread mode 'green'
            serve --pool 0                                 | '0' is too small
            serve --threads platform --virtual-limit 10    | --virtual-limit bounds the virtual threads
            load --threads platform --virtual-limit 10     | give it with --threads virtual
            load --url ftp://127.0.0.1:8080                | is not a server's base URL
            load --url http://127.0.0.1:8080/hello         | is not a server's base URL
            load --url http://127.0.0.1:8080 --pool 20     | --pool shapes the servers load starts itself
            load --concurrency 10 --sweep 10,100           | give --concurrency or --sweep, not both
            load --sweep 10,,100                           | is not a list of counts
            load --sweep 10,1e6                            | '1e6' is too large
            load --concurrency 1e9                         | is too large
            load --ramp -1s                                | '-1s' must be zero or more
            load --ramp 5s --duration 5s                   | --ramp 5s must be shorter than --duration 5s
            load --url http://127.0.0.1:1 --duration 1s    | nothing answers at http://127.0.0.1:1
            """)
    void badInputIsOneLineAndExitCodeTwo(String command, String message) throws Exception {
        CommandRun result = CommandRun.of(command.split(" "));

        assertEquals(Main.USAGE, result.exitCode(), String.join("\n", result.err()));
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().contains(message), result.err().getFirst());
    }

    @Test
    void aPortInUseIsOneLineAndExitCodeTwo() throws Exception {
        try (var server = ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0,
                Duration.ofMillis(1), Duration.ofMillis(1)), RequestObserver.NONE)) {
            CommandRun result = CommandRun.of("serve", "--port", Integer.toString(server.uri().getPort()));

            assertEquals(Main.USAGE, result.exitCode());
            assertEquals(1, result.err().size(), String.join("\n", result.err()));
            assertTrue(result.err().getFirst().contains("port " + server.uri().getPort() + " cannot be listened on"),
                    result.err().getFirst());
        }
    }

    /** Both servers in child JVMs, 50 clients each for 2 s, reported as JSON: every figure there, no error, no child left. */
    @Test
    void loadRunsBothServersAndReportsThemSideBySide() throws Exception {
        CommandRun result = CommandRun.of("load", "--concurrency", "50", "--duration", "2s", "--hello-delay", "50ms",
                "--world-delay", "100ms", "--format", "json");

        assertEquals(Main.OK, result.exitCode(), result::toString);
        String json = result.out();
        assertAll(
                () -> assertEquals(List.of("virtual", "platform (pool 200)"), all(json, "\"server\": \"([^\"]+)\"")),
                () -> assertEquals(List.of("50", "50"), all(json, "\"clients\": (\\d+)")),
                () -> assertEquals(List.of("0", "0"), all(json, "\"errors\": (\\d+)")),
                () -> assertEquals(List.of("0", "0"), all(json, "\"timeouts\": (\\d+)")),
                () -> assertEquals(List.of("50", "50"), all(json, "\"inFlightAtEnd\": (\\d+)"),
                        "with no error, every client was waiting for an answer when the window closed"),
                () -> assertTrue(all(json, "\"ok\": (\\d+)").stream().allMatch(ok -> Long.parseLong(ok) > 0), json),
                () -> assertEquals(2, all(json, "\"peakRssBytes\": (\\d+)").size(), json),
                () -> assertEquals(2, all(json, "\"peakOsThreads\": (\\d+)").size(), json),
                () -> assertEquals(2, result.log().stream().filter(line -> line.contains("50 clients for 2s, started over 100ms"))
                        .count(), "by default the clients start over a request's length"));
    }

    /** --url: the load alone, against a server it did not start, so with nothing to say about the server's process. */
    @Test
    void loadWithAUrlRunsAgainstThatServerOnly() throws Exception {
        try (var server = ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0,
                Duration.ofMillis(10), Duration.ofMillis(20)), RequestObserver.NONE)) {
            CommandRun result = CommandRun.of("load", "--url", server.uri().toString(), "--concurrency", "10",
                    "--duration", "1s");

            assertEquals(Main.OK, result.exitCode(), result::toString);
            assertTrue(result.log().stream().anyMatch(line -> line.contains("10 clients for 1s, all started at once")),
                    "a server of yours: its requests' length unknown, the clients start at once");
            List<String> table = result.outLines();
            assertEquals(2, table.size(), result.out());
            assertTrue(table.get(1).startsWith(server.uri() + "  "), table.get(1));
            assertTrue(table.get(1).matches(".*\\s+-\\s+-\\s+-"), "no figures of the server's process: " + table.get(1));
        }
    }

    private static List<String> all(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().map(match -> match.group(1)).toList();
    }
}
