package showcase.testing;

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

    public static CommandRun of(String... args) throws Exception {
        return to(new ByteArrayOutputStream(), args);
    }

    /** The run with stdout going to {@code stdout}, which {@link #out()} then leaves empty. */
    public static CommandRun to(OutputStream stdout, String... args) throws Exception {
        var err = new ByteArrayOutputStream();
        int[] exitCode = new int[1];
        List<String> log = CapturedStderr.lines(() -> exitCode[0] = Main.run(args,
                new PrintStream(stdout, stdout instanceof ByteArrayOutputStream, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String out = stdout instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "";
        return new CommandRun(exitCode[0], out, err.toString(StandardCharsets.UTF_8).lines().toList(), log);
    }

    /** Whole paragraphs of help as one line, however picocli wrapped them. */
    public String outUnwrapped() {
        return out.replaceAll("\\s+", " ");
    }
}
