package showcase;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import showcase.cli.CaseChoice;
import showcase.cli.CommandSpecs;
import showcase.cli.InterruptOnSignal;
import showcase.cli.ModelChoice;
import showcase.cli.UsageErrors;
import showcase.demo.Compare;
import showcase.demo.Hello;
import showcase.observe.LogFormat;
import showcase.observe.LoggingStartup;
import showcase.report.Format;
import showcase.tasks.TaskSpec;

/**
 * The command-line entry point: parses the arguments, runs one demo on the main thread, and turns
 * how it ended into the exit code: 0 done, 1 failed, 2 bad usage, 130 interrupted.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERRUPTED = InterruptOnSignal.EXIT_CODE;

    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("-h", "--help", "-V", "--version");
    private static final Duration SEED_HELLO = Duration.ofSeconds(1);
    private static final Duration SEED_WORLD = Duration.ofSeconds(2);
    private static final Duration SEED_DEADLINE = Duration.ofMillis(1500);

    private Main() {
    }

    public static void main(String[] args) {
        InterruptOnSignal signals = InterruptOnSignal.install(Thread.currentThread());
        int exitCode = run(args, System.out, System.err);
        signals.demoEnded();
        System.exit(exitCode);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        LoggingStartup logging = LoggingStartup.begin();
        CommandLine commandLine = CommandSpecs.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(withDefaultSubcommand(args));
        } catch (ParameterException e) {
            err.println("showcase: " + UsageErrors.describe(e));
            return USAGE;
        }
        if (printHelp(commandLine, parsed, out)) {
            return OK;
        }
        ParseResult demo = parsed.subcommand();
        String name = demo.commandSpec().name();
        try {
            logging.await();
            value(demo, "--log-format", LogFormat.class).use();
            boolean succeeded = switch (name) {
                case CommandSpecs.COMPARE -> {
                    new Compare(compareSettings(demo)).run(out);
                    yield true;
                }
                default -> new Hello(helloSettings(demo)).run(out);
            };
            return succeeded ? OK : FAILED;
        } catch (InterruptedException e) {
            LoggerFactory.getLogger(Main.class).warn("the {} demo was cancelled by the interrupt", name);
            return INTERRUPTED;
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error("{} failed: {}", name, e.toString());
            return FAILED;
        }
    }

    // `showcase` and `showcase --model all` mean `showcase hello ...`.
    private static String[] withDefaultSubcommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL_FLAGS.contains(args[0]))) {
            return args;
        }
        return Stream.concat(Stream.of(CommandSpecs.HELLO), Arrays.stream(args)).toArray(String[]::new);
    }

    // The top-level help also lists every subcommand's options, so one --help shows everything.
    private static boolean printHelp(CommandLine top, ParseResult parsed, PrintStream out) {
        if (parsed.isUsageHelpRequested()) {
            out.print(top.getUsageMessage());
            top.getSubcommands().values().forEach(sub -> out.print(System.lineSeparator() + sub.getUsageMessage()));
            return true;
        }
        return CommandLine.printHelpIfRequested(parsed);
    }

    private static Hello.Settings helloSettings(ParseResult hello) {
        Optional<String> failing = Optional.ofNullable(value(hello, "--fail"));
        TaskSpec helloTask = TaskSpec.hello(value(hello, "--hello-delay"));
        TaskSpec worldTask = TaskSpec.world(value(hello, "--world-delay"));
        return new Hello.Settings(
                value(hello, "--model", ModelChoice.class).models(),
                failing.filter(helloTask.name()::equals).isPresent() ? helloTask.failing() : helloTask,
                failing.filter(worldTask.name()::equals).isPresent() ? worldTask.failing() : worldTask,
                Optional.ofNullable(value(hello, "--heartbeat")),
                Optional.ofNullable(value(hello, "--chart")));
    }

    private static Compare.Settings compareSettings(ParseResult compare) {
        boolean seed = compare.hasMatchedOption("--seed-delays");
        return new Compare.Settings(
                value(compare, "--model", ModelChoice.class).models(),
                value(compare, "--case", CaseChoice.class).cases(),
                TaskSpec.hello(seedUnlessGiven(compare, "--hello-delay", seed, SEED_HELLO)),
                TaskSpec.world(seedUnlessGiven(compare, "--world-delay", seed, SEED_WORLD)),
                seedUnlessGiven(compare, "--deadline", seed, SEED_DEADLINE),
                value(compare, "--format", Format.class),
                Optional.<Path>ofNullable(value(compare, "--chart")));
    }

    private static Duration seedUnlessGiven(ParseResult command, String option, boolean seed, Duration seedValue) {
        return seed && !command.hasMatchedOption(option) ? seedValue : value(command, option);
    }

    private static <T> T value(ParseResult command, String option) {
        return command.commandSpec().findOption(option).getValue();
    }

    private static <T> T value(ParseResult command, String option, Class<T> type) {
        return type.cast(value(command, option));
    }
}
