package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.Main;
import showcase.testing.NoThreadLeftBehind;

/** {@code tree} on the command line: a dump taken earlier is drawn; a file that is not one is one line and exit 2. */
@ExtendWith(NoThreadLeftBehind.class)
class TreeCommandTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, List<String> out, List<String> err) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(TreeCommandTest.class.getResource("/showcase/observe/dump/" + name).toURI()).toString();
    }

    private static void assertUsageError(Result result, String expected) {
        assertEquals(Main.USAGE, result.exitCode());
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().startsWith("scripts/showcase: "), result.err().getFirst());
        assertTrue(result.err().getFirst().contains(expected), result.err().getFirst());
    }

    @Test
    void fromDrawsADumpTakenEarlierWithAHeadingSayingWhose() throws Exception {
        Result result = run("tree", "--from", fixture("foreign-executors.json"));

        assertEquals(Main.OK, result.exitCode(), String.join("\n", result.err()));
        assertEquals("process 32152, Java 25.0.3+9-LTS, 2026-11-27T23:49:20.923059640Z: 6 thread containers, 15 threads",
                result.out().getFirst());
        assertEquals("<root>", result.out().get(1));
    }

    @Test
    void badFromFilesAreOneLineAndExitTwo() throws Exception {
        assertUsageError(run("tree", "--from", dir.resolve("missing.json").toString()), "does not exist");
        assertUsageError(run("tree", "--from", Files.writeString(dir.resolve("x.txt"), "not json").toString()),
                "is not JSON");
        assertUsageError(run("tree", "--from", Files.writeString(dir.resolve("y.json"), "{\"a\": 1}").toString()),
                "is JSON but not a thread dump");
        assertUsageError(run("tree", "--from", fixture("jdk21-shape.json")), "is a thread dump from Java 21.0.5+11-LTS");
    }

    @Test
    void dumpIntoAMissingFolderIsOneLineAndExitTwo() {
        assertUsageError(run("tree", "--dump", dir.resolve("no/such/folder/dump.json").toString()),
                "is in a folder that does not exist");
    }

    @Test
    void fromRunsNothingSoItTakesNoOptionsThatWouldRunSomething() throws Exception {
        assertUsageError(run("tree", "--from", fixture("tree-virtual.json"), "--platform"),
                "--from draws a dump taken earlier and runs nothing");
    }

    @Test
    void failNamesOnlyLeaves() {
        assertUsageError(run("tree", "--fail", "world"), "'world' names no leaf task");
    }
}
