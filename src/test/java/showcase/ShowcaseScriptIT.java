package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import showcase.testing.ScriptRun;
import showcase.testing.ScriptRun.Result;

/** scripts/showcase end to end, as a separate process: the seed's real 1 s / 2 s example included. */
class ShowcaseScriptIT {

    private static final Pattern SUMMARY =
            Pattern.compile("structured: gathered \\[Hello, World] in (\\d+) ms \\(the delays add up to 3000 ms\\)");

    @Test
    void withNoArgumentsRunsTheSeedOnVirtualThreadsInAStructuredScope() throws Exception {
        Result result = ScriptRun.of("scripts/showcase").run();

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        List<String> out = result.out();
        assertAll(
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("\\+\\d+ms\\s+hello\\s+virtual#\\d+\\s+INFO\\s+Hello")),
                        result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("\\+\\d+ms\\s+world\\s+virtual#\\d+\\s+INFO\\s+World")),
                        result.outText()));
        Matcher summary = out.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no summary in\n" + result.outText()));
        long gatheredMillis = Long.parseLong(summary.group(1));
        // The log already proves who ran what; the bound only backs it up, with room for a busy machine.
        assertTrue(gatheredMillis >= 2000 && gatheredMillis < 2900,
                "gathered in " + gatheredMillis + " ms: concurrent means nearer 2000 than 3000");
    }

    @Test
    void modelAllPrintsATableRowPerModel() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "--model", "all", "--hello-delay", "50ms", "--world-delay", "100ms")
                .run();

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        for (String model : List.of("structured", "structured-platform", "virtual-executor", "platform-threads",
                "fixed-pool", "completable-future", "sequential")) {
            assertTrue(result.out().stream().anyMatch(line -> line.matches(model + "\\s+\\d+\\s+.*")),
                    "no table row for " + model + " in\n" + result.outText());
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "--model", "nope").run();

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().contains("unknown model 'nope'"), result.err().getFirst());
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
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().contains("needs a JDK 25"), result.err().getFirst());
        assertTrue(result.err().getFirst().contains("install one"), result.err().getFirst());
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

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        assertTrue(Files.exists(Path.of(result.out().getFirst(), "bin", "java")), result.outText());
        assertTrue(Files.readString(Path.of(result.out().getFirst(), "release")).contains("JAVA_VERSION=\"25"));
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
