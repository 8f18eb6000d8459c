package showcase.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.Lines;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.Signals;

/**
 * scripts/showcase load stopped by a signal: against a server of its own, the server is gone with
 * it; against a server it hammers at full speed, it stops its clients in time to say that the run
 * was interrupted before the signal hook lets the JVM exit.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class LoadScriptIT {

    private static final Pattern RUNNING = Pattern.compile("server pid (\\d+) on ");
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofSeconds(1);
    private static final int CLIENTS = 20;
    private static final List<String> SHORT_DELAYS = List.of("--hello-delay", "10ms", "--world-delay", "20ms");

    @Test
    void aSignalStopsTheServerTheLoadStarted() throws Exception {
        List<String> command = new ArrayList<>(List.of("scripts/showcase", "load", "--threads", "virtual",
                "--concurrency", Integer.toString(CLIENTS), "--duration", "60s"));
        command.addAll(SHORT_DELAYS);
        Process load = ScriptRun.of(command.toArray(String[]::new)).start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = load.errorReader()) {
            Matcher running = RUNNING.matcher(Lines.readUntil(err, log, "clients for"));
            assertTrue(running.find(), String.join("\n", log));
            ProcessHandle server = ProcessHandle.of(Long.parseLong(running.group(1)))
                    .orElseThrow(() -> new AssertionError("the server is not running:\n" + String.join("\n", log)));

            Duration took = stop(load, err, log);

            String text = String.join("\n", log);
            assertAll(
                    () -> assertEquals(143, load.exitValue(), text),
                    () -> assertTrue(took.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + took + " after the signal"),
                    () -> assertTrue(hasExited(server), "the server was stopped with the load"));
        } finally {
            load.destroyForcibly();
        }
    }

    /**
     * The load goes at full speed (every client has had two answers, seen by the server) when the
     * signal comes: it cancels its clients and says so within the hook's 300 ms.
     */
    @Test
    void aSignalEndsAFullSpeedRunInTimeToSaySo() throws Exception {
        var observer = new RecordingObserver();
        try (var server = ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0,
                Duration.ofMillis(10), Duration.ofMillis(20)), observer)) {
            Process load = ScriptRun.of("scripts/showcase", "load", "--url", server.uri().toString(),
                    "--concurrency", Integer.toString(CLIENTS), "--duration", "60s").start();
            List<String> log = new ArrayList<>();
            try (BufferedReader err = load.errorReader()) {
                observer.awaitEnds("GET /hello", 2 * CLIENTS);

                Duration took = stop(load, err, log);

                String text = String.join("\n", log);
                assertAll(
                        () -> assertEquals(143, load.exitValue(), text),
                        () -> assertTrue(took.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + took + " after the signal"),
                        () -> assertTrue(text.contains("the load run was interrupted"), text));
            } finally {
                load.destroyForcibly();
            }
        }
    }

    /** Sends SIGTERM, reads what is left of the log, and says how long the process took to exit after it. */
    private static Duration stop(Process process, BufferedReader err, List<String> log) throws Exception {
        long signalled = System.nanoTime();
        Signals.send("TERM", process);
        Lines.readToEnd(err, log);
        assertTrue(process.waitFor(5, TimeUnit.SECONDS), "exited: " + String.join("\n", log));
        return Duration.ofNanos(System.nanoTime() - signalled);
    }

    private static boolean hasExited(ProcessHandle process) throws Exception {
        try {
            process.onExit().get(2, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
