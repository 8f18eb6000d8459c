package showcase;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;
import showcase.cli.AsyncioCommand;
import showcase.cli.Cli;
import showcase.cli.CompareCommand;
import showcase.cli.HelloCommand;
import showcase.cli.InterruptOnSignal;
import showcase.cli.IoCommand;
import showcase.cli.LoadCommand;
import showcase.cli.Parsed;
import showcase.cli.PinningCommand;
import showcase.cli.ScaleCommand;
import showcase.cli.ServeCommand;
import showcase.cli.Stdout;
import showcase.cli.Subcommand;
import showcase.cli.TreeCommand;
import showcase.cli.UsageErrors;
import showcase.demo.Interruption;
import showcase.observe.LogFormat;
import showcase.observe.LoggingStartup;
import showcase.report.Report;
import showcase.report.WriteFailure;
import showcase.values.UsageException;

/**
 * The command-line entry point: parses the arguments, runs one demo on the main thread, and turns
 * how it ended into the exit code: 0 done, 1 failed, 2 bad usage, 130 interrupted (143 for
 * SIGTERM), 141 when the reader of stdout went away.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERRUPTED = 130;
    /** What a program stopped by SIGPIPE ends with; the JVM ignores that signal, so we say it ourselves. */
    public static final int READER_WENT_AWAY = 141;

    private static final String HELP = "help";
    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("-h", "--help", "-V", "--version");
    /** {@code help help}, {@code help --help}: what help itself does. */
    private static final Set<String> HELP_ON_HELP = Set.of(HELP, "-h", "--help");

    /** Every subcommand, in the order the help lists them; only the one that runs is built. */
    private static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put(HelloCommand.NAME, HelloCommand::new);
        SUBCOMMANDS.put(CompareCommand.NAME, CompareCommand::new);
        SUBCOMMANDS.put(ScaleCommand.NAME, ScaleCommand::new);
        SUBCOMMANDS.put(TreeCommand.NAME, TreeCommand::new);
        SUBCOMMANDS.put(PinningCommand.NAME, PinningCommand::new);
        SUBCOMMANDS.put(AsyncioCommand.NAME, AsyncioCommand::new);
        SUBCOMMANDS.put(ServeCommand.NAME, ServeCommand::new);
        SUBCOMMANDS.put(LoadCommand.NAME, LoadCommand::new);
        SUBCOMMANDS.put(IoCommand.NAME, IoCommand::new);
    }

    public static void main(String[] args) {
        Stdout out = Stdout.system();
        Report report = new Report(out);
        InterruptOnSignal signals = InterruptOnSignal.install(Thread.currentThread(), report);
        int exitCode;
        try {
            exitCode = run(args, report, System.err);
        } finally {
            signals.demoEnded();
        }
        System.exit(exitCode);
    }

    /** Runs the command line with its output on {@code out}: for tests, which install no signal handler. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Report(out), err);
    }

    private static int run(String[] args, Report report, PrintStream err) {
        return new Main(SUBCOMMANDS).execute(args, report, err);
    }

    /** Every subcommand, in the order the help lists them. */
    static List<Subcommand> subcommands() {
        return new Main(SUBCOMMANDS).all();
    }

    private final Map<String, Supplier<Subcommand>> subcommands;

    Main(Map<String, Supplier<Subcommand>> subcommands) {
        this.subcommands = subcommands;
    }

    /** Runs one command line against these subcommands: {@link #main} uses every demo, a test its own. */
    int execute(String[] args, Report report, PrintStream err) {
        int exitCode = dispatch(args, report, err);
        // Help and the version as much as a demo's report: output that was not written is no success.
        return report.out() instanceof Stdout stdout ? afterWriting(stdout, exitCode, err) : exitCode;
    }

    private int dispatch(String[] args, Report report, PrintStream err) {
        LoggingStartup logging = LoggingStartup.begin();
        String[] full = withDefaultSubcommand(args);
        String name = full[0];
        if (name.equals(HELP)) {
            return help(Arrays.copyOfRange(full, 1, full.length), report.out(), err);
        }
        List<Subcommand> chosen = TOP_LEVEL_FLAGS.contains(name) ? all() : one(name).stream().toList();
        if (chosen.isEmpty()) {
            return usageError(err, UsageErrors.unknownCommand(name, List.copyOf(subcommands.keySet())));
        }
        CommandLine commandLine = Cli.commandLine(chosen);
        commandLine.setOut(new PrintWriter(report.out(), true));
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(full);
        } catch (ParameterException e) {
            return usageError(err, UsageErrors.describe(e));
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return OK;
        }
        return runDemo(chosen.getFirst(), new Parsed(parsed.subcommand()), report, logging, err);
    }

    private static int runDemo(Subcommand command, Parsed options, Report report, LoggingStartup logging,
            PrintStream err) {
        String name = command.name();
        int exitCode;
        Runnable afterTheReport = () -> { };
        try {
            logging.await();
            options.<LogFormat>get(Cli.LOG_FORMAT).use();
            exitCode = command.run(options, report) ? OK : FAILED;
        } catch (UsageException e) {
            exitCode = USAGE;
            afterTheReport = () -> err.println(Cli.PROGRAM + ": " + e.getMessage() + " (see " + Cli.PROGRAM + " "
                    + name + " --help)");
        } catch (InterruptedException e) {
            // Only the user interrupts a demo: anything else that did is a bug, and reported as one.
            if (Interruption.signalled()) {
                exitCode = INTERRUPTED;
                afterTheReport = () -> LoggerFactory.getLogger(Main.class).warn("the {} run was interrupted", name);
            } else {
                exitCode = FAILED;
                afterTheReport = () -> LoggerFactory.getLogger(Main.class).error("{} failed: {}, and no signal came",
                        name, e.toString());
            }
        } catch (WriteFailure e) {
            exitCode = FAILED;
            afterTheReport = () -> err.println(Cli.PROGRAM + ": " + e.getMessage());
        } catch (Throwable e) {
            exitCode = FAILED;
            afterTheReport = () -> LoggerFactory.getLogger(Main.class).error("{} failed: {}", name, e.toString());
        }
        report.print();
        afterTheReport.run();
        return exitCode;
    }

    // A closed pipe (| head -1) ends the run quietly; any other write failure is one line and exit 1.
    private static int afterWriting(Stdout stdout, int exitCode, PrintStream err) {
        Optional<IOException> failure = stdout.failure();
        if (failure.isEmpty()) {
            return exitCode;
        }
        if (Stdout.readerWentAway(failure.get())) {
            return READER_WENT_AWAY;
        }
        err.println(Cli.PROGRAM + ": could not write the output: " + WriteFailure.reason(failure.get()));
        return FAILED;
    }

    private int help(String[] commands, PrintStream out, PrintStream err) {
        if (commands.length > 1) {
            return usageError(err, "help takes at most one command, got " + String.join(" ", commands));
        }
        if (commands.length == 0) {
            out.print(Cli.commandLine(all()).getUsageMessage());
            return OK;
        }
        if (HELP_ON_HELP.contains(commands[0])) {
            out.print(Cli.helpUsage());
            return OK;
        }
        Optional<Subcommand> command = one(commands[0]);
        if (command.isEmpty()) {
            return usageError(err, UsageErrors.unknownCommand(commands[0], List.copyOf(subcommands.keySet())));
        }
        out.print(Cli.commandLine(List.of(command.get())).getSubcommands().get(commands[0]).getUsageMessage());
        return OK;
    }

    private static int usageError(PrintStream err, String message) {
        err.println(Cli.PROGRAM + ": " + message);
        return USAGE;
    }

    // `showcase` and `showcase --model all` mean `showcase hello ...`.
    private static String[] withDefaultSubcommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL_FLAGS.contains(args[0]))) {
            return args;
        }
        return Stream.concat(Stream.of(HelloCommand.NAME), Arrays.stream(args)).toArray(String[]::new);
    }

    private Optional<Subcommand> one(String name) {
        return Optional.ofNullable(subcommands.get(name)).map(Supplier::get);
    }

    private List<Subcommand> all() {
        return subcommands.values().stream().map(Supplier::get).toList();
    }
}
