package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.Main;
import showcase.testing.CommandRun;
import showcase.testing.DeadlockedJvm;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/**
 * {@code tree --pid} against real processes this test starts: a JVM with a deadlock of virtual
 * threads, a Java 17 that has no JSON dump, a program that is no JVM, one that has ended; and
 * the options that make no sense with it.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class TreePidTest {

    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @TempDir
    Path dir;

    private static void assertUsageError(CommandRun result, String expected) {
        assertEquals(Main.USAGE, result.exitCode(), String.join("\n", result.err()) + result.out());
        assertEquals(1, result.err().size(), String.join("\n", result.err()));
        assertTrue(result.err().getFirst().contains(expected), result.err().getFirst());
    }

    /** Starts {@code command} and waits for its first line, {@code ready} (the child says when it is). */
    private static Process started(String ready, String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertEquals(ready, first, "what the child printed first");
        return process;
    }

    private static void end(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    }

    @Test
    void aDeadlockOfVirtualThreadsIsOneLineNamingBoth() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = started("deadlocked", java.toString(), "-cp", System.getProperty("java.class.path"),
                DeadlockedJvm.class.getName());
        try {
            CommandRun result = CommandRun.succeeding("tree", "--pid", Long.toString(child.pid()));

            List<String> deadlocks = result.outLines().stream().filter(line -> line.startsWith("deadlock: ")).toList();
            assertEquals(1, deadlocks.size(), result.out());
            assertTrue(deadlocks.getFirst().matches("deadlock: dl-1 \\(virtual#(\\d+)\\) is blocked on java\\.lang\\.Object@"
                    + "\\p{XDigit}+, held by dl-2 \\(virtual#\\d+\\), which is blocked on java\\.lang\\.Object@\\p{XDigit}+, "
                    + "held by dl-1 \\(virtual#\\1\\)"), deadlocks.getFirst());
            assertTrue(result.outLines().getFirst().startsWith("process " + child.pid() + ", Java 25"), result.out());
            assertTrue(result.out().contains("dl-1"), "blocked threads are never summarised away:\n" + result.out());
        } finally {
            end(child);
        }
    }

    @Test
    void withoutAPidItListsTheJvmsThisOneAmongThem() throws Exception {
        CommandRun result = CommandRun.succeeding("tree", "--pid");

        String me = Long.toString(ProcessHandle.current().pid());
        assertTrue(result.outLines().stream().anyMatch(line -> line.strip().startsWith(me + " ")
                && line.endsWith("(this one)")), result.out());
    }

    @Test
    void aJavaWithoutAJsonDumpIsOneLineNamingItsVersion() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17), "no Java 17 at " + JAVA_17);
        Path program = Files.writeString(dir.resolve("Idle.java"),
                "class Idle { public static void main(String[] a) throws Exception { System.out.println(\"ready\"); "
                        + "System.in.read(); } }");
        assertRefused(started("ready", JAVA_17.toString(), program.toString()), "runs Java 17.");
    }

    @Test
    void aProgramThatIsNoJvmIsOneLine() throws Exception {
        assertRefused(started("ready", "sh", "-c", "echo ready; exec sleep 60"), "is not a JVM: it runs ");
    }

    /** {@code tree --pid} of {@code child} is one line saying {@code process PID <why>}; the child is ended after. */
    private static void assertRefused(Process child, String why) throws Exception {
        try {
            assertUsageError(CommandRun.of("tree", "--pid", Long.toString(child.pid())), "process " + child.pid() + " " + why);
        } finally {
            end(child);
        }
    }

    @Test
    void aProcessThatHasEndedIsOneLine() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();

        assertUsageError(CommandRun.of("tree", "--pid", Long.toString(child.pid())),
                "no process " + child.pid() + " is running");
    }

    @Test
    void badValuesAndOptionsThatDoNotGoWithItAreOneLine() throws Exception {
        assertUsageError(CommandRun.of("tree", "--pid", "abc"), "'abc' is no process id");
        assertUsageError(CommandRun.of("tree", "--pid", "0"), "'0' is no process id");
        assertUsageError(CommandRun.of("tree", "--pid", "-5"), "is no process id");
        assertUsageError(CommandRun.of("tree", "--pid", "1", "--platform"), "--pid draws another JVM and runs nothing");
        assertUsageError(CommandRun.of("tree", "--pid", "1", "--from", "x.json"), "give one of them");
        assertUsageError(CommandRun.of("tree", "--full"), "give them with --pid");
        assertUsageError(CommandRun.of("tree", "--pid", "--full"), "--pid without a PID lists the JVMs");
        String me = Long.toString(ProcessHandle.current().pid());
        assertUsageError(CommandRun.of("tree", "--pid", me, "--watch", "1s"), "stdout is not a terminal");
        assertUsageError(CommandRun.of("tree", "--pid", me, "--watch", "10ms"), "--watch");
    }
}
