package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.demo.asyncio.Python;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.ScriptRun.Result;
import showcase.testing.ScriptRun;
import showcase.values.UsageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** scripts/showcase asyncio end to end: Python's program and Java's twin side by side, and no python3 at all. */
@ExtendWith(NoProcessLeftBehind.class)
class AsyncioScriptIT {

    private static void assumePython() throws InterruptedException {
        String missing = null;
        try {
            Python.find(System.getenv("PATH"));
        } catch (UsageException e) {
            missing = e.getMessage();
        }
        assumeTrue(missing == null, missing);
    }

    @Test
    void printsBothLogsSideBySideThenATableWhereGatherRunsOnAndTheTaskGroupCancels() throws Exception {
        assumePython();
        Result result = ScriptRun.of("scripts/showcase", "asyncio", "--case", "gather-failure,taskgroup-failure",
                "--hello-delay", "50ms", "--world-delay", "300ms").run();

        assertEquals(0, result.exitCode(), result.errText());
        List<String> out = result.out();
        assertAll(
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  python-asyncio \\(Python 3\\.\\d+\\.\\d+\\)\\s+\\|  "
                        + "completable-future \\(Java 25.*\\)")), result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  \\+\\d+ms\\s+world\\s+task-3\\s+world cancelled after \\d+ ms"
                        + "\\s+\\|  \\+\\d+ms\\s+world\\s+virtual#\\d+\\s+world interrupted after \\d+ ms")), result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  python-asyncio\\s+2(\\s+\\d+){4}\\.\\d\\s+no, ran on \\d+ ms\\s+TaskFailedError")),
                        result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  completable-future\\s+2(\\s+\\d+){4}\\.\\d\\s+no, ran on \\d+ ms\\s+"
                        + "CompletionException \\(TaskFailedException\\)")), result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  python-asyncio\\s+2(\\s+\\d+){4}\\.\\d\\s+yes, \\+\\d+ ms\\s+"
                        + "ExceptionGroup \\(TaskFailedError\\)")), result.outText()),
                () -> assertTrue(out.stream().anyMatch(l -> l.matches("  structured\\s+2(\\s+\\d+){4}\\.\\d\\s+yes, \\+\\d+ ms\\s+"
                        + "StructuredTaskScope.FailedException \\(TaskFailedException\\)")), result.outText()));
    }

    @Test
    void jsonRowsCarryWhatEachProcessMeasured() throws Exception {
        assumePython();
        Result result = ScriptRun.of("scripts/showcase", "asyncio", "--case", "race", "--hello-delay", "20ms",
                "--world-delay", "200ms", "--format", "json").run();

        assertEquals(0, result.exitCode(), result.errText());
        JsonNode rows = JsonMapper.builder().build().readTree(result.outText());
        assertEquals(2, rows.size(), result.outText());
        for (JsonNode row : rows) {
            assertAll(
                    () -> assertEquals("race", row.get("case").asString()),
                    () -> assertEquals(2, row.get("tasks").asInt()),
                    () -> assertTrue(row.get("wallMillis").asDouble() >= 20, row.toString()),
                    () -> assertTrue(row.get("cpuMillis").asLong() > 0, row.toString()),
                    () -> assertTrue(row.get("peakRssBytes").asLong() > 1_000_000, row.toString()),
                    () -> assertTrue(row.get("siblingsCancelled").asBoolean(), row.toString()));
        }
        assertEquals(List.of("python-asyncio", "structured"), rows.valueStream().map(r -> r.get("runtime").asString()).toList());
    }

    @Test
    void withoutPython3ItSaysWhatToInstallAndExitsTwo(@TempDir Path fresh) throws Exception {
        // The launcher builds and trains its cache with tools an empty PATH lacks: let it do so first.
        assertEquals(0, ScriptRun.of("scripts/showcase", "--version").run().exitCode());
        Result result = ScriptRun.of("/bin/bash", "scripts/showcase", "asyncio")
                .env("JAVA_HOME", System.getProperty("java.home"))
                .env("PATH", Files.createDirectory(fresh.resolve("bin")).toString())
                .run();

        assertEquals(2, result.exitCode(), result.errText());
        assertEquals(1, result.err().size(), result.errText());
        assertTrue(result.err().getFirst().contains("python3, which is not on PATH"), result.err().getFirst());
        assertTrue(result.err().getFirst().contains("install Python 3.11 or later"), result.err().getFirst());
    }
}
