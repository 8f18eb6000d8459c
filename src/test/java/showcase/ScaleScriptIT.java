package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import showcase.testing.ScriptRun;
import showcase.testing.ScriptRun.Result;
import showcase.testing.Signals;

/**
 * scripts/showcase scale end to end: a row from a child JVM, a child that starts from the AOT cache
 * the launcher trained for it, and Ctrl-C with a child running.
 */
class ScaleScriptIT {

    private static final Pattern CHILD_STARTED = Pattern.compile("structured: 1,000 tasks sleeping 30000 ms, in child JVM (\\d+)");

    @Test
    void aSmallRunPrintsARowMeasuredInAChildJvmAndNothingOfAProgressBar() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "scale", "--tasks", "2000", "--sleep", "20ms", "--model",
                "structured").run();

        assertEquals(0, result.exitCode(), result.errText());
        assertAll(
                () -> assertTrue(result.out().getFirst().startsWith("model "), result.outText()),
                () -> assertTrue(result.out().get(1).matches("structured\\s+2,000\\s+ok\\s+2,000\\s+\\d.*"), result.outText()),
                () -> assertTrue(result.out().getLast().startsWith("platform-thread cap: "), result.outText()),
                () -> assertTrue(result.err().stream().allMatch(line -> line.startsWith("+")),
                        "only log lines on stderr, no bar:\n" + result.errText()));
    }

    /** {@code -XX:AOTMode=on} ends a JVM whose cache cannot be used, so an ok row proves the child used it. */
    @Test
    void aChildStartsFromTheAotCacheTrainedForItSinceTheJarWasBuilt() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "scale", "--tasks", "2000", "--sleep", "20ms", "--model",
                "structured", "--jvm-option=-XX:AOTMode=on", "--format", "json").run();
        Path cache = ScriptRun.PROJECT.resolve("target/scale-child.aot");

        assertEquals(0, result.exitCode(), result.errText());
        assertAll(
                () -> assertTrue(result.outText().contains("\"-XX:AOTCache=" + cache + "\""), result.outText()),
                () -> assertTrue(result.outText().contains("\"status\": \"ok\""), result.outText()),
                () -> assertTrue(Files.getLastModifiedTime(cache).compareTo(
                        Files.getLastModifiedTime(ScriptRun.PROJECT.resolve("target/showcase.jar"))) >= 0),
                () -> assertTrue(result.err().stream().allMatch(line -> line.startsWith("+")),
                        "no word from HotSpot about its cache:\n" + result.errText()));
    }

    @Test
    void ctrlCStopsTheChildJvmAndExits130() throws Exception {
        assumeFalse(Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        Process showcase = ScriptRun.of("scripts/showcase", "scale", "--tasks", "1000", "--sleep", "30s", "--model",
                "structured", "--no-warm-up").start();
        List<String> log = new ArrayList<>();
        try (BufferedReader err = showcase.errorReader()) {
            log.add(err.readLine());
            Matcher started = CHILD_STARTED.matcher(log.getFirst());
            assertTrue(started.find(), log.getFirst());
            ProcessHandle child = ProcessHandle.of(Long.parseLong(started.group(1))).orElseThrow();

            Signals.send("INT", showcase);
            err.lines().forEach(log::add);
            assertTrue(showcase.waitFor(5, TimeUnit.SECONDS));

            assertAll(
                    () -> assertEquals(130, showcase.exitValue(), String.join("\n", log)),
                    () -> assertTrue(log.stream().anyMatch(line -> line.contains("the scale run was interrupted")),
                            String.join("\n", log)),
                    () -> assertFalse(child.isAlive(), "the child JVM outlived its parent"));
        } finally {
            showcase.descendants().forEach(ProcessHandle::destroyForcibly);
            showcase.destroyForcibly();
        }
    }
}
