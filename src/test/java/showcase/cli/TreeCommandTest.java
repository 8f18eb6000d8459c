package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.Main;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;

/**
 * {@code tree} on the command line: a dump taken earlier is drawn; a file that is not one is one
 * line and exit 2; a live run streams its drawing while its tasks sleep.
 */
@ExtendWith(NoThreadLeftBehind.class)
class TreeCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(TreeCommandTest.class.getResource("/showcase/observe/dump/" + name).toURI()).toString();
    }

    private static void assertUsageError(CommandRun result, String expected) {
        assertEquals(Main.USAGE, result.exitCode());
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().startsWith("scripts/showcase: "), result.err().getFirst());
        assertTrue(result.err().getFirst().contains(expected), result.err().getFirst());
    }

    @Test
    void fromDrawsADumpTakenEarlierWithAHeadingSayingWhose() throws Exception {
        CommandRun result = CommandRun.of("tree", "--from", fixture("foreign-executors.json"));

        assertEquals(Main.OK, result.exitCode(), String.join("\n", result.err()));
        assertEquals("process 32152, Java 25.0.3+9-LTS, 2026-11-27T23:49:20.923059640Z: 6 thread containers, 0 scopes, 15 threads (2 virtual, 13 platform)",
                result.outLines().getFirst());
        assertEquals("waiting: park 4, sleep 3, Object.wait 2; no wait named: 6", result.outLines().get(1));
        assertEquals("<root>", result.outLines().get(2));
    }

    @Test
    void badFromFilesAreOneLineAndExitTwo() throws Exception {
        assertUsageError(CommandRun.of("tree", "--from", dir.resolve("missing.json").toString()), "does not exist");
        assertUsageError(CommandRun.of("tree", "--from", Files.writeString(dir.resolve("x.txt"), "not json").toString()),
                "is not JSON");
        assertUsageError(CommandRun.of("tree", "--from", Files.writeString(dir.resolve("y.json"), "{\"a\": 1}").toString()),
                "is JSON but not a thread dump");
        assertUsageError(CommandRun.of("tree", "--from", fixture("jdk21-shape.json")),
                "is a thread dump from Java 21.0.5+11-LTS");
    }

    @Test
    void dumpIntoAMissingFolderIsOneLineAndExitTwo() throws Exception {
        assertUsageError(CommandRun.of("tree", "--dump", dir.resolve("no/such/folder/dump.json").toString()),
                "is in a folder that does not exist");
    }

    @Test
    void fromRunsNothingSoItTakesNoOptionsThatWouldRunSomething() throws Exception {
        assertUsageError(CommandRun.of("tree", "--from", fixture("tree-virtual.json"), "--platform"),
                "--from draws a dump taken earlier and runs nothing");
    }

    @Test
    void failNamesOnlyLeaves() throws Exception {
        assertUsageError(CommandRun.of("tree", "--fail", "world"), "'world' names no leaf task");
    }

    /**
     * Stdout as on a pipe, where the JVM buffers it: bytes arrive only once flushed. It notes
     * which threads were alive when the first bytes came.
     */
    private static final class Pipe extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Set<String> aliveAtFirstBytes = Set.of();

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (bytes.size() == 0 && len > 0) {
                aliveAtFirstBytes = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
            }
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized Set<String> aliveAtFirstBytes() {
            return aliveAtFirstBytes;
        }
    }

    @Test
    void theTreeComesOutWhileTheTasksSleepAndAFailureAskedForIsNoFailureOfTheRun() throws Exception {
        var pipe = new Pipe();
        Path dump = dir.resolve("tree.json");

        CommandRun run = CommandRun.to(new BufferedOutputStream(pipe), "tree", "--platform", "--fail", "hello",
                "--dump", dump.toString());

        assertEquals(Main.OK, run.exitCode(), String.join("\n", run.log()));
        assertTrue(pipe.text().contains("└── world-parts"), pipe.text());
        assertTrue(pipe.aliveAtFirstBytes().containsAll(Set.of("hello", "fetch-planet", "fetch-greeting")),
                "drawn while the leaves slept: " + pipe.aliveAtFirstBytes());
        assertTrue(run.log().stream().anyMatch(line -> line.endsWith("failed with StructuredTaskScope.FailedException "
                + "(TaskFailedException)")), String.join("\n", run.log()));
        assertTrue(Files.readString(dump).contains("\"threadDump\""), "the JDK's own dump, kept");
    }
}
