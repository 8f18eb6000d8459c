package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.demo.Case;
import showcase.model.Models;
import showcase.testing.Lines;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.ScriptRun.Result;
import showcase.testing.Signals;

/** scripts/showcase end to end, as a separate process: the seed's real 1 s / 2 s example included. */
@ExtendWith(NoProcessLeftBehind.class)
class ShowcaseScriptIT {

    private static final Pattern SUMMARY =
            Pattern.compile("structured: gathered \\[Hello, World] in (\\d+) ms \\(the delays add up to 3000 ms\\)");
    /** The exit must come within half a second of the signal; the hook gives a model 300 ms to stop. */
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofMillis(500);

    @Test
    void withNoArgumentsRunsTheSeedOnVirtualThreadsInAStructuredScope() throws Exception {
        Result result = ScriptRun.of("scripts/showcase").run();

        assertEquals(0, result.exitCode(), result.errText());
        List<String> log = result.err();
        assertAll(
                () -> assertTrue(log.stream().anyMatch(l -> l.matches("\\+\\d+ms\\s+hello\\s+virtual#\\d+\\s+INFO\\s+\\[request-1] Hello")),
                        result.errText()),
                () -> assertTrue(log.stream().anyMatch(l -> l.matches("\\+\\d+ms\\s+world\\s+virtual#\\d+\\s+INFO\\s+\\[request-1] World")),
                        result.errText()));
        Matcher summary = log.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no summary in\n" + result.errText()));
        long gatheredMillis = Long.parseLong(summary.group(1));
        // The log already proves who ran what; the bound only backs it up, with room for a busy machine.
        assertTrue(gatheredMillis >= 2000 && gatheredMillis < 2900,
                "gathered in " + gatheredMillis + " ms: concurrent means nearer 2000 than 3000");
    }

    @Test
    void compareRunsTheWholeMatrixInUnderFifteenSecondsAndDrawsIt(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("matrix.svg");
        Result result = ScriptRun.of("scripts/showcase", "compare", "--chart", chart.toString()).run();

        assertEquals(0, result.exitCode(), result.errText());
        assertTrue(result.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + result.took());
        List<String> table = result.out();
        assertTrue(table.getFirst().strip().startsWith("model"), result.outText());
        assertEquals(Case.values().length, table.stream().filter(line -> !line.startsWith(" ")).count(),
                "a heading per case:\n" + result.outText());
        assertEquals(Case.values().length * Models.all().size(),
                table.stream().filter(line -> line.matches("  \\S+\\s+\\d+\\s.*")).count(), result.outText());
        String svg = Files.readString(chart);
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg "), "an SVG document");
        for (String model : Models.names()) {
            assertTrue(svg.contains(model + " \u00b7 world"), "a lane for " + model + "'s world");
        }
    }

    @Test
    void ctrlCDuringCompareStopsAtOnceAndStillPrintsTheRowsItFinished() throws Exception {
        assumeFalse(Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        // virtual-executor ignores the interrupt case's own interrupt and sleeps 2 s: the real Ctrl-C lands there.
        Process showcase = ScriptRun.of("scripts/showcase", "compare", "--case", "interrupt", "--seed-delays").start();
        List<String> log = new ArrayList<>();
        List<String> table;
        Duration exitTook;
        try (BufferedReader err = showcase.errorReader(); BufferedReader out = showcase.inputReader()) {
            Lines.readUntil(err, log, "interrupt / structured-platform");
            long signalled = System.nanoTime();
            Signals.send("INT", showcase);
            Lines.readToEnd(err, log);
            assertTrue(showcase.waitFor(5, TimeUnit.SECONDS));
            exitTook = Duration.ofNanos(System.nanoTime() - signalled);
            table = out.lines().toList();
        } finally {
            showcase.destroyForcibly();
        }

        assertEquals(130, showcase.exitValue(), String.join("\n", log));
        assertTrue(exitTook.compareTo(Duration.ofMillis(500)) < 0, "exited " + exitTook + " after the signal");
        assertTrue(table.stream().anyMatch(row -> row.matches("  structured\\s+\\d+\\s+InterruptedException.*")),
                "the rows finished before the signal are printed:\n" + String.join("\n", table));
        assertTrue(table.stream().noneMatch(row -> row.startsWith("  sequential")), String.join("\n", table));
        assertTrue(log.stream().anyMatch(line -> line.endsWith("WARN  the compare run was interrupted")),
                "the real interrupt is not taken for the case's own: " + String.join("\n", log));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--model all --hello-delay 10ms --world-delay 20ms", "help", "--version", "help scale"})
    void aFullDiskIsOneLineAndExitOne(String arguments) throws Exception {
        Result result = ScriptRun.of("/bin/bash", "-c", "scripts/showcase " + arguments + " > /dev/full").run();

        assertEquals(1, result.exitCode(), result.errText());
        assertEquals("scripts/showcase: could not write the output: No space left on device", result.err().getLast());
    }

    @Test
    void aReaderThatIsGoneEndsTheRunQuietly() throws Exception {
        // The reader exits before the table is written, so the write meets a closed pipe.
        Result result = ScriptRun.of("/bin/bash", "-c", "scripts/showcase --model all --hello-delay 10ms "
                + "--world-delay 20ms --log-format json 2>/dev/null | true; echo \"exit ${PIPESTATUS[0]}\"").run();

        assertEquals(List.of("exit 141"), result.out());
        assertEquals(List.of(), result.err());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "--model", "nope").run();

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().size(), result.errText());
        assertTrue(result.err().getFirst().contains("unknown model 'nope'"), result.err().getFirst());
    }

    @Test
    void ctrlCCancelsTheScopeInterruptsWorldAndExits130WithinASecond() throws Exception {
        assumeFalse(Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        List<String> log = signalAndExit(ScriptRun.of("scripts/showcase"), "INFO  [request-1] Hello", "INT", 130);

        assertAll(
                () -> assertTrue(log.stream().anyMatch(l -> l.contains("cancelling the run")), String.join("\n", log)),
                () -> assertTrue(log.stream().anyMatch(l -> l.matches(".*world\\s+virtual#\\d+\\s+INFO\\s+\\[request-1] world interrupted after \\d+ ms")),
                        String.join("\n", log)),
                () -> assertTrue(log.stream().anyMatch(l -> l.contains("no task left running; exiting")),
                        String.join("\n", log)),
                () -> assertFalse(log.stream().anyMatch(l -> l.endsWith("World")), "World was never to be said"));
    }

    @Test
    void sigtermOnAModelThatCannotCancelSaysWhatIsStillRunning() throws Exception {
        List<String> log = signalAndExit(ScriptRun.of("scripts/showcase", "--model", "completable-future",
                "--heartbeat", "100ms", "--world-delay", "30s"), "INFO  tick 1", "TERM", 143);

        assertTrue(log.stream().anyMatch(l -> l.matches(".*still run, abandoned: .*world on platform#\\d+.*")),
                String.join("\n", log));
    }

    @Test
    void withoutAJdk25ItSaysWhatToInstallAndExitsTwo(@TempDir Path fresh) throws Exception {
        Path scripts = copyScripts(fresh);
        Path emptyPath = Files.createDirectory(fresh.resolve("bin"));

        Result result = ScriptRun.of("/bin/bash", scripts.resolve("showcase").toString())
                .env("JAVA_HOME", null)
                .env("PATH", emptyPath.toString())
                .env("LOOM_SHOWCASE_JDK_DIRS", "")
                .run();

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().size(), result.errText());
        assertTrue(result.err().getFirst().contains("needs a JDK 25"), result.err().getFirst());
        assertTrue(result.err().getFirst().contains("install one"), result.err().getFirst());
    }

    @Test
    void theSeedsBenchmarkWithoutPython3SaysWhatToInstallAndExitsTwo(@TempDir Path fresh) throws Exception {
        Result result = ScriptRun.of("/bin/bash", "scripts/bench", "seed", "3")
                .env("JAVA_HOME", System.getProperty("java.home"))
                .env("PATH", Files.createDirectory(fresh.resolve("bin")).toString())
                .run();

        assertEquals(2, result.exitCode(), result.errText());
        assertEquals(1, result.err().size(), result.errText());
        assertTrue(result.err().getFirst().contains("needs python3"), result.err().getFirst());
        assertTrue(result.err().getFirst().contains("install Python 3"), result.err().getFirst());
    }

    @Test
    void findsAJdk25InTheUsualFoldersWhenNeitherJavaHomeNorPathHasOne(@TempDir Path fresh) throws Exception {
        Path scripts = copyScripts(fresh);
        Path thisJdk = Path.of(System.getProperty("java.home"));

        Result result = ScriptRun.of("/bin/bash", "-c", ". \"$1\" && find_jdk25 && printf '%s\\n' \"$JDK25_HOME\"",
                        "find", scripts.resolve("lib/jdk.sh").toString())
                .env("JAVA_HOME", "/nonexistent")
                .env("PATH", Files.createDirectory(fresh.resolve("bin")).toString())
                .env("LOOM_SHOWCASE_JDK_DIRS", "/nonexistent/*:" + thisJdk.getParent() + "/*")
                .run();

        assertEquals(0, result.exitCode(), result.errText());
        assertTrue(Files.exists(Path.of(result.out().getFirst(), "bin", "java")), result.outText());
        assertTrue(Files.readString(Path.of(result.out().getFirst(), "release")).contains("JAVA_VERSION=\"25"));
    }

    @Test
    void theFirstRunOfAFreshCloneRemembersTheJdkItFound(@TempDir Path fresh) throws Exception {
        Path scripts = copyScripts(fresh);
        String thisJdk = System.getProperty("java.home");
        // As scripts/showcase does it, in a project that has no target/ yet.
        String requireJdk = ". \"$1/lib/jdk.sh\" && PROJECT_DIR=$2 && . \"$1/lib/app.sh\" && require_jdk25 \"$APP_JDK_MEMO\""
                + " && printf '%s\\n' \"$JAVA_HOME\"";
        Path emptyPath = Files.createDirectory(fresh.resolve("bin"));

        Result first = ScriptRun.of("/bin/bash", "-c", requireJdk, "first", scripts.toString(), fresh.toString())
                .env("JAVA_HOME", thisJdk).run();
        Result second = ScriptRun.of("/bin/bash", "-c", requireJdk, "second", scripts.toString(), fresh.toString())
                .env("JAVA_HOME", null)
                .env("PATH", emptyPath.toString())
                .env("LOOM_SHOWCASE_JDK_DIRS", "")
                .run();

        assertEquals(0, first.exitCode(), first.errText());
        assertEquals(List.of(thisJdk), Files.readAllLines(fresh.resolve("target/jdk25-home")));
        assertEquals(0, second.exitCode(), "nothing left to find a JDK by but what the first run remembered: "
                + second.errText());
        assertEquals(List.of(thisJdk), second.out());
    }

    /**
     * Starts the script, sends the signal once its log shows {@code cue}, and checks that it exits
     * with {@code exitCode} soon after; returns the whole log.
     */
    private static List<String> signalAndExit(ScriptRun script, String cue, String signal, int exitCode)
            throws Exception {
        Process showcase = script.start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = showcase.errorReader()) {
            Lines.readUntil(err, log, cue);
            long signalled = System.nanoTime();
            Signals.send(signal, showcase);
            Lines.readToEnd(err, log);
            assertTrue(showcase.waitFor(5, TimeUnit.SECONDS));
            Duration exitTook = Duration.ofNanos(System.nanoTime() - signalled);

            assertEquals(exitCode, showcase.exitValue(), String.join("\n", log));
            assertTrue(exitTook.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + exitTook + " after the signal");
        } finally {
            showcase.destroyForcibly();
        }
        return log;
    }

    /** A copy of scripts/ alone: what a machine that never built the project has. */
    private static Path copyScripts(Path into) throws IOException {
        Path source = ScriptRun.PROJECT.resolve("scripts");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, into.resolve("scripts").resolve(source.relativize(file).toString()));
            }
        }
        return into.resolve("scripts");
    }
}
