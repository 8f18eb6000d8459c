package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;
import showcase.cli.Parsed;
import showcase.cli.Stdout;
import showcase.cli.Subcommand;
import showcase.report.Report;
import showcase.report.WriteFailure;
import showcase.testing.CommandRun;
import showcase.testing.NoThreadLeftBehind;
import showcase.values.UsageException;

/**
 * How a run ends decides the exit code and the one line that explains it: each ending is played
 * by a subcommand of the test's own, so that every path through {@link Main} is taken for real.
 */
@ExtendWith(NoThreadLeftBehind.class)
class ExitCodesTest {

    /** What the test subcommand does when run: print a row, then end as told. */
    private interface Ending {
        boolean run() throws Exception;
    }

    private static CommandRun run(Ending ending) throws Exception {
        return run(ending, new ByteArrayOutputStream());
    }

    private static CommandRun run(Ending ending, OutputStream stdout) throws Exception {
        return run(ending, stdout, "demo");
    }

    private static CommandRun run(Ending ending, OutputStream stdout, String... args) throws Exception {
        Subcommand demo = new Subcommand() {
            @Override
            public String name() {
                return "demo";
            }

            @Override
            public String summary() {
                return "A demo that ends as the test says.";
            }

            @Override
            public List<OptionSpec> options() {
                return List.of();
            }

            @Override
            public boolean run(Parsed options, Report report) throws Exception {
                report.track(() -> "a finished row" + System.lineSeparator());
                return ending.run();
            }
        };
        Map<String, Supplier<Subcommand>> registry = Map.of("demo", () -> demo);
        // Through Stdout, as main() writes, so that a failing write takes the path it takes for real.
        return CommandRun.through(stdout, (out, err) -> new Main(registry).execute(args, new Report(Stdout.of(out)), err));
    }

    @Test
    void aDemoThatSucceedsExitsZeroAndPrintsItsReport() throws Exception {
        CommandRun outcome = run(() -> true);

        assertEquals(Main.OK, outcome.exitCode());
        assertEquals("a finished row" + System.lineSeparator(), outcome.out());
    }

    @Test
    void aDemoThatFailsForRealExitsOne() throws Exception {
        assertEquals(Main.FAILED, run(() -> false).exitCode());
    }

    @Test
    void anUnexpectedExceptionIsOneLineSayingWhatItIsAndExitOne() throws Exception {
        CommandRun outcome = run(() -> {
            throw new IllegalStateException("boom");
        });

        assertEquals(Main.FAILED, outcome.exitCode());
        assertEquals(1, outcome.log().size(), "" + outcome.log());
        assertTrue(outcome.log().getFirst().endsWith("ERROR demo failed: java.lang.IllegalStateException: boom"),
                outcome.log().getFirst());
        assertEquals("a finished row" + System.lineSeparator(), outcome.out(), "what finished is still printed");
    }

    @Test
    void anErrorIsReportedAsAnErrorNeverAsAnInterrupt() throws Exception {
        CommandRun outcome = run(() -> {
            throw new StackOverflowError();
        });

        assertEquals(Main.FAILED, outcome.exitCode());
        assertTrue(outcome.log().getFirst().contains("demo failed: java.lang.StackOverflowError"), "" + outcome.log());
        assertTrue(outcome.log().stream().noneMatch(line -> line.contains("interrupt")), "" + outcome.log());
    }

    /** Ctrl-C's own path (exit 130) needs a real signal: ShowcaseScriptIT sends one. */
    @Test
    void anInterruptThatNoSignalSentIsReportedAsTheBugItIsAfterPrintingWhatFinished() throws Exception {
        CommandRun outcome = run(() -> {
            throw new InterruptedException("from nowhere");
        });

        assertAll(
                () -> assertEquals(Main.FAILED, outcome.exitCode()),
                () -> assertEquals("a finished row" + System.lineSeparator(), outcome.out()),
                () -> assertTrue(outcome.log().getLast().endsWith(
                        "ERROR demo failed: java.lang.InterruptedException: from nowhere, and no signal came"), "" + outcome.log()));
    }

    @Test
    void badInputFoundWhileRunningIsOneUsageLineAndExitTwo() throws Exception {
        CommandRun outcome = run(() -> {
            throw new UsageException("python3 is not on PATH: install Python 3.11 or later");
        });

        assertEquals(Main.USAGE, outcome.exitCode());
        assertEquals(List.of("scripts/showcase: python3 is not on PATH: install Python 3.11 or later "
                + "(see scripts/showcase demo --help)"), outcome.err());
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineAndExitOne() throws Exception {
        CommandRun outcome = run(() -> {
            throw new WriteFailure("chart", Path.of("/x.svg"), new java.nio.file.AccessDeniedException("/x.svg"));
        });

        assertEquals(Main.FAILED, outcome.exitCode());
        assertEquals(List.of("scripts/showcase: could not write chart /x.svg: permission denied"), outcome.err());
    }

    @Test
    void aFullDiskIsOneLineAndExitOne() throws Exception {
        CommandRun outcome = run(() -> true, failing("No space left on device"));

        assertEquals(Main.FAILED, outcome.exitCode());
        assertEquals(List.of("scripts/showcase: could not write the output: No space left on device"), outcome.err());
    }

    @Test
    void aReaderThatWentAwayEndsTheRunQuietly() throws Exception {
        CommandRun outcome = run(() -> true, failing("Broken pipe"));

        assertEquals(Main.READER_WENT_AWAY, outcome.exitCode());
        assertEquals(List.of(), outcome.err());
        assertEquals(List.of(), outcome.log());
    }

    /** Help, usage and the version are output as much as a report is, and fail as it does. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "--help", "--version", "help demo", "demo --help", "help help"})
    void helpOnAFullDiskIsOneLineAndExitOneAndOnAClosedPipeEndsQuietly(String commandLine) throws Exception {
        String[] args = commandLine.split(" ");
        CommandRun full = run(() -> true, failing("No space left on device"), args);
        CommandRun gone = run(() -> true, failing("Broken pipe"), args);

        assertAll(
                () -> assertEquals(Main.FAILED, full.exitCode()),
                () -> assertEquals(List.of("scripts/showcase: could not write the output: No space left on device"),
                        full.err()),
                () -> assertEquals(Main.READER_WENT_AWAY, gone.exitCode()),
                () -> assertEquals(List.of(), gone.err()));
    }

    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }
}
