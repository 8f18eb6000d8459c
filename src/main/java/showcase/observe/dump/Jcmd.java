package showcase.observe.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jcmd} of the JDK running this program, run as a child process. Interrupted, it
 * kills the child at once: the target finishes whatever it was asked on its own, untouched.
 */
final class Jcmd {

    /** What a JVM answers to a command it does not have, such as Java 17 to {@code Thread.dump_to_file}. */
    static final String UNKNOWN_COMMAND = "Unknown diagnostic command";

    private Jcmd() {
    }

    /** Runs {@code jcmd PID COMMAND...} and returns what it printed, or says in one line why it failed. */
    static List<String> run(long pid, String... command) throws InterruptedException, CannotAttach {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new CannotAttach("this Java (" + System.getProperty("java.home") + ") has no jcmd: run the showcase "
                    + "with a full JDK 25");
        }
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), "-J-XX:TieredStopAtLevel=1",
                "-J-XX:+UseSerialGC", Long.toString(pid)));
        line.addAll(List.of(command));
        Path printed;
        Process process;
        try {
            printed = Files.createTempFile("jcmd", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a file for what jcmd prints", e);
        }
        try {
            // To a file, not a pipe: waitFor() answers an interrupt (Ctrl-C), a pipe's read would not.
            process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
        } catch (IOException e) {
            deleteQuietly(printed);
            throw new CannotAttach("could not start " + jcmd + ": " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            int exit = process.waitFor();
            List<String> output = Files.readAllLines(printed, StandardCharsets.UTF_8);
            if (exit != 0 || output.stream().anyMatch(Jcmd::isRefusal)) {
                throw new CannotAttach("jcmd " + pid + " " + String.join(" ", command) + " failed: " + reason(output));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read what jcmd printed", e);
        } finally {
            process.destroyForcibly();
            deleteQuietly(printed);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    // jcmd exits 0 even when the target refuses the command; the target's answer says so.
    private static boolean isRefusal(String line) {
        return line.contains("Exception") || line.contains(UNKNOWN_COMMAND);
    }

    private static String reason(List<String> output) {
        return output.stream().filter(Jcmd::isRefusal).findFirst()
                .or(() -> output.stream().filter(line -> !line.isBlank()).reduce((first, second) -> second))
                .orElse("it printed nothing").strip();
    }
}
