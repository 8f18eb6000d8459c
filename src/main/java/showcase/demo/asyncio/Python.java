package showcase.demo.asyncio;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import showcase.child.ChildProcess;
import showcase.values.UsageException;

/**
 * The python3 that runs asyncio's side: the first on the PATH, asked once for its version and for
 * the interpreter it really is ({@code sys.executable}), which the programs then run on directly,
 * so that a version manager's shim (pyenv's costs ~50 ms a start) is not timed as Python.
 */
public record Python(Path executable, String version) {

    /** asyncio.TaskGroup and asyncio.timeout are new in 3.11. */
    static final int LEAST_MAJOR = 3;
    static final int LEAST_MINOR = 11;

    private static final String INSTALL = "install Python " + LEAST_MAJOR + "." + LEAST_MINOR
            + " or later (python.org, or your package manager's python3)";
    private static final String ASK = "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+");

    /**
     * Finds python3 on {@code path} (a PATH value) and checks its version.
     *
     * @throws UsageException with one line saying what is missing and what to install
     */
    public static Python find(String path) throws InterruptedException {
        Path python3 = onPath(path).orElseThrow(() -> new UsageException(
                "asyncio runs Python's side with python3, which is not on PATH; " + INSTALL));
        ChildProcess.Result answer;
        try {
            answer = ChildProcess.of(List.of(python3.toString(), "-c", ASK)).timeout(Duration.ofSeconds(30)).run();
        } catch (UncheckedIOException e) {
            throw new UsageException("asyncio could not start " + python3 + ": " + e.getMessage() + "; " + INSTALL);
        }
        Matcher version = answer.out().size() == 2 ? VERSION.matcher(answer.out().get(1)) : null;
        if (!answer.succeeded() || version == null || !version.matches()) {
            String said = answer.err().isEmpty() ? "exit code " + answer.exitCode() : answer.err().getLast().strip();
            throw new UsageException("asyncio could not ask " + python3 + " for its version (" + said + "); " + INSTALL);
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        if (major < LEAST_MAJOR || major == LEAST_MAJOR && minor < LEAST_MINOR) {
            throw new UsageException("asyncio needs Python " + LEAST_MAJOR + "." + LEAST_MINOR
                    + " or later (asyncio.TaskGroup, asyncio.timeout), but " + python3 + " is " + version.group()
                    + "; " + INSTALL);
        }
        return new Python(Path.of(answer.out().getFirst()), version.group());
    }

    /** The command that runs {@code program} on this interpreter; {@code -B} keeps {@code __pycache__} out of the source tree. */
    public List<String> command(Path program, String... args) {
        return Stream.concat(Stream.of(executable.toString(), "-B", program.toString()), Arrays.stream(args)).toList();
    }

    private static Optional<Path> onPath(String path) {
        return Arrays.stream(path == null ? new String[0] : path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "python3"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
