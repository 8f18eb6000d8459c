package showcase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import showcase.Main;

/**
 * One command line run in this JVM as a user meets it: the exit code, what went to stdout, the
 * usage lines Main writes on stderr, and the log (System.err, through Logback).
 */
public record CommandRun(int exitCode, String out, List<String> err, List<String> log) {

    /** A way into Main: it writes the report on {@code stdout}, usage lines on {@code err}, and says the exit code. */
    public interface Entry {
        int run(OutputStream stdout, PrintStream err) throws Exception;
    }

    public static CommandRun of(String... args) throws Exception {
        return to(new ByteArrayOutputStream(), args);
    }

    /** The run of a command line that must succeed: the test fails otherwise, showing the whole run. */
    public static CommandRun succeeding(String... args) throws Exception {
        CommandRun run = of(args);
        assertEquals(Main.OK, run.exitCode(), run::toString);
        return run;
    }

    /**
     * The run with stdout going to {@code stdout}, which {@link #out()} then leaves empty. Only a
     * {@code ByteArrayOutputStream} is flushed at every line: any other is written as a pipe is,
     * when the run flushes, so that a test of a failing write sees it where the run would.
     */
    public static CommandRun to(OutputStream stdout, String... args) throws Exception {
        return through(stdout, (out, err) -> Main.run(args,
                new PrintStream(out, out instanceof ByteArrayOutputStream, StandardCharsets.UTF_8), err));
    }

    /** The run entered through {@code entry}: for a test that goes into Main another way than its command line. */
    public static CommandRun through(OutputStream stdout, Entry entry) throws Exception {
        var err = new ByteArrayOutputStream();
        int[] exitCode = new int[1];
        List<String> log = CapturedStderr.lines(() -> exitCode[0] = entry.run(stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String out = stdout instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "";
        return new CommandRun(exitCode[0], out, err.toString(StandardCharsets.UTF_8).lines().toList(), log);
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    /** Whole paragraphs of help as one line, however picocli wrapped them. */
    public String outUnwrapped() {
        return out.replaceAll("\\s+", " ");
    }
}
