package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.testing.Lines;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.PostgresProcesses;
import showcase.testing.ScriptRun;
import showcase.testing.Signals;

/**
 * scripts/showcase io as a user runs it: the embedded PostgreSQL it starts never outlives it,
 * whether the run is stopped by a signal (the rows finished are printed, exit 128 + the signal)
 * or its JVM is killed outright, which only the server's watchdog can answer.
 */
@ExtendWith(NoProcessLeftBehind.class)
class IoScriptIT {

    private static final Pattern STARTED = Pattern.compile(
            "PostgreSQL \\(embedded, pid (\\d+)\\) ready on port \\d+ in \\d+ ms; files in (\\S+)");
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofMillis(500);
    private static final Duration GONE_WITHIN = Duration.ofSeconds(2);

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalEndsTheRunPrintsWhatFinishedAndStopsPostgres(String signal, int exitCode) throws Exception {
        assumeFalse(signal.equals("INT") && Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        Process io = ScriptRun.of("scripts/showcase", "io", "--case", "deadline", "--model", "all",
                "--hello-delay", "5s", "--world-delay", "5s", "--deadline", "50ms").start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = io.errorReader()) {
            long postgres = Long.parseLong(started(err, log).group(1));
            // structured's row is done; structured-platform now waits on a query its interrupt cannot reach.
            Lines.readUntil(err, log, "deadline / structured: ");
            Lines.readUntil(err, log, "deadline-structured-platform: working");
            long signalled = System.nanoTime();
            Signals.send(signal, io);
            Lines.readToEnd(err, log);
            assertTrue(io.waitFor(5, TimeUnit.SECONDS));
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            String out = new String(io.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String text = String.join("\n", log);
            assertAll(
                    () -> assertEquals(exitCode, io.exitValue(), text),
                    () -> assertTrue(took.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + took + " after the signal"),
                    () -> assertTrue(out.matches("(?s).*\\n  structured +\\d+ +StructuredTaskScope.TimeoutException .*"),
                            "the finished row is printed:\n" + out),
                    () -> assertFalse(out.contains("structured-platform "), "the unfinished one is not:\n" + out),
                    () -> assertTrue(PostgresProcesses.awaitGone(postgres, GONE_WITHIN), "PostgreSQL stopped"));
        } finally {
            io.destroyForcibly();
        }
    }

    @Test
    void aJvmKilledOutrightLeavesNoPostgresBehind() throws Exception {
        Process io = ScriptRun.of("scripts/showcase", "io", "--case", "deadline", "--model", "structured-platform",
                "--hello-delay", "30s", "--world-delay", "30s", "--deadline", "50ms").start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = io.errorReader()) {
            Matcher started = started(err, log);
            long postgres = Long.parseLong(started.group(1));
            Path files = Path.of(started.group(2));
            Lines.readUntil(err, log, "working for");
            Signals.send("KILL", io);
            assertTrue(io.waitFor(5, TimeUnit.SECONDS));
            assertEquals(137, io.exitValue());
            assertTrue(PostgresProcesses.awaitGone(postgres, GONE_WITHIN),
                    "the watchdog stopped PostgreSQL: " + PostgresProcesses.running());
            assertTrue(awaitDeleted(files), "and deleted its files: " + files);
        } finally {
            io.destroyForcibly();
        }
    }

    private static Matcher started(BufferedReader err, List<String> log) throws Exception {
        Matcher started = STARTED.matcher(Lines.readUntil(err, log, "PostgreSQL (embedded, pid"));
        assertTrue(started.find(), String.join("\n", log));
        return started;
    }

    private static boolean awaitDeleted(Path files) {
        long deadline = System.nanoTime() + GONE_WITHIN.toNanos();
        while (Files.exists(files) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return !Files.exists(files);
    }
}
