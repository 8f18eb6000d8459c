package showcase.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one of the project's scripts as a user would, as a separate process, and keeps what it printed. */
public final class ScriptRun {

    /** The project's root: Maven runs the tests from there. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    public record Result(int exitCode, List<String> out, List<String> err, Duration took) {

        public String outText() {
            return String.join("\n", out);
        }

        public String errText() {
            return String.join("\n", err);
        }
    }

    private final List<String> command = new ArrayList<>();
    private final Map<String, String> environment;
    private Duration timeout = Duration.ofMinutes(2);

    private ScriptRun(List<String> command) {
        this.command.addAll(command);
        this.environment = new ProcessBuilder().environment();
    }

    public static ScriptRun of(String... command) {
        return new ScriptRun(List.of(command));
    }

    public ScriptRun env(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    public ScriptRun timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Starts the script with its output on pipes, for tests that act on it while it runs. */
    public Process start() throws IOException {
        return builder().start();
    }

    private ProcessBuilder builder() {
        var builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    public Result run() throws IOException, InterruptedException {
        Path out = Files.createTempFile("script", ".out");
        Path err = Files.createTempFile("script", ".err");
        try {
            long start = System.nanoTime();
            Process process = builder().redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " still running after " + timeout + "; it printed:\n"
                        + Files.readString(out) + Files.readString(err));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8), took);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
