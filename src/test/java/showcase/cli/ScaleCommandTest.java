package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.Main;
import showcase.testing.CommandRun;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad scale input is one line on stderr and exit code 2, before any child JVM starts; a child JVM
 * that cannot start is a failed row, and exit code 1.
 */
@ExtendWith(NoThreadLeftBehind.class)
class ScaleCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--tasks|lots|'lots' is not a count",
        "--tasks|0|'0' is too small: the least it can be is 1",
        "--tasks|1e8|'1e8' is too large: the most it can be is 10,000,000",
        "--sleep|0|'0' must be above zero",
        "--sleep|soon|'soon' is not a duration",
        "--sweep|1e3,,1e5|'1e3,,1e5' is not a list of counts",
        "--sweep|1e3,x|'x' is not a count",
        "--timeout|10ms|'10ms' is too short",
        "--jvm-option|Xmx1g|'Xmx1g' is not a JVM option",
    })
    void badValuesAreOneLineAndExitCodeTwo(String option, String value, String message) throws Exception {
        CommandRun run = CommandRun.of("scale", option, value);

        List<String> lines = run.err();
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.getFirst().contains(message), lines.getFirst());
    }

    @Test
    void tasksAndSweepTogetherAreOneLineAndExitCodeTwo() throws Exception {
        CommandRun run = CommandRun.of("scale", "--tasks", "1e3", "--sweep", "1e3,1e4");

        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(List.of("scripts/showcase: give --tasks or --sweep, not both (see scripts/showcase scale --help)"),
                run.err());
    }

    @Test
    @ExtendWith(NoProcessLeftBehind.class)
    void aChildJvmThatCannotStartIsAFailedRowInItsOwnWordsAndExitCodeOne() throws Exception {
        CommandRun run = CommandRun.of("scale", "--sweep", "10,20", "--sleep", "10ms", "--model", "structured", "--no-warm-up",
                "--max-platform-threads", "77", "--jvm-option", "-XX:+NoSuchOption", "--format", "json");

        JsonNode runs = JsonMapper.builder().build().readTree(run.out()).get("runs");
        assertEquals(Main.FAILED, run.exitCode(), String.join("\n", run.log()));
        assertEquals(List.of(10L, 20L), List.of(runs.get(0).get("tasks").asLong(), runs.get(1).get("tasks").asLong()),
                "every count of the sweep, in turn");
        for (JsonNode row : runs) {
            assertAll(
                    () -> assertEquals("structured", row.get("model").asString()),
                    () -> assertEquals("failed", row.get("status").asString()),
                    () -> assertEquals(77, row.get("platformThreadCap").asLong()),
                    () -> assertEquals("-XX:+NoSuchOption", row.get("jvmFlags").get(row.get("jvmFlags").size() - 1).asString(),
                            "the user's option last"),
                    () -> assertEquals("the child JVM exited with code 1 before reporting: Unrecognized VM option "
                            + "'NoSuchOption'", row.get("reason").asString(), "the JVM's reason, not the launcher's"));
        }
        assertTrue(run.log().stream().anyMatch(line -> line.endsWith("structured child: Unrecognized VM option 'NoSuchOption'")),
                String.join("\n", run.log()));
        assertTrue(run.log().stream().noneMatch(line -> line.contains("above the safe cap")), "77 is well below it");
    }
}
