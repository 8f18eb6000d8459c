package showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.ScriptRun.Result;

/** tree and pinning end to end, as a user runs them. */
@ExtendWith(NoProcessLeftBehind.class)
class StructureIT {

    private static final Pattern DRAWN = Pattern.compile("drew the tree from a dump of \\d+ threads, (\\d+) ms after the JVM started \\(\\d+ ms of CPU\\)");

    @Test
    void treeDrawsTheLiveTreeSoonAfterItsStartAndEveryForkLogsTheRequestId() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "tree").run();

        assertEquals(0, result.exitCode(), result.errText());
        List<String> tree = result.out().stream().map(line -> line.replaceAll("#\\d+", "#N").replaceAll("(?<=[^\\s│]) {2,}", "  "))
                .toList();
        assertEquals(List.of(
                "main  platform#N  RUNNABLE  ThreadDumpFiles.dumpThisProcess",
                "└── request-1",
                "    ├── hello  virtual#N  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "    └── world  virtual#N  WAITING  RequestTree.world  scope join",
                "        └── world-parts",
                "            ├── fetch-planet  virtual#N  TIMED_WAITING  RequestTree$Leaf.run  sleep",
                "            └── fetch-greeting  virtual#N  TIMED_WAITING  RequestTree$Leaf.run  sleep"), tree);
        Matcher drawn = result.err().stream().map(DRAWN::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError(result.errText()));
        // The README states the measured figure (under 1 s); this bound only catches a regression, with room for load.
        assertTrue(Long.parseLong(drawn.group(1)) < 3000, drawn.group());
        for (String fork : List.of("hello", "world", "fetch-planet", "fetch-greeting")) {
            assertTrue(result.err().stream().anyMatch(line -> line.matches("\\+\\d+ms\\s+" + fork + "\\s+virtual#\\d+\\s+INFO  \\[request-1] .*")),
                    fork + ":\n" + result.errText());
        }
        assertTrue(result.err().stream().anyMatch(line -> line.matches(".*outsider\\s+virtual#\\d+\\s+INFO  started with .*: false")),
                result.errText());
    }

    @Test
    void pinningSeesTheNativeFramePinWithoutANativeAccessWarning() throws Exception {
        Result result = ScriptRun.of("scripts/showcase", "pinning", "--construct", "native-frame", "--threads", "2",
                "--hold", "50ms", "--format", "csv").run();

        assertEquals(0, result.exitCode(), result.errText());
        assertEquals("construct,threads,wall ms,ideal ms,serialised ms,pinned events,pinned reason,top frame", result.out().getFirst());
        assertTrue(result.out().get(1).matches("native-frame,2,\\d+,50,100,2,Native or VM frame on stack,NativeFrameHold.compare"),
                result.outText());
        assertFalse(result.errText().contains("WARNING"), result.errText());
    }
}
