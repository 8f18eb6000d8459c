package showcase;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import showcase.cli.CommandSpecs;
import showcase.cli.ModelChoice;
import showcase.cli.UsageErrors;
import showcase.demo.Hello;
import showcase.observe.LoggingStartup;
import showcase.tasks.TaskSpec;

/**
 * The command-line entry point: parses the arguments, runs one demo on the main thread, and turns
 * how it ended into the exit code: 0 done, 1 failed, 2 bad usage, 130 interrupted.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERRUPTED = 130;

    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
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
        ParseResult hello = parsed.subcommand();
        try {
            logging.await();
            out.print(new Hello(helloSettings(hello)).run());
            return OK;
        } catch (InterruptedException e) {
            return INTERRUPTED;
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error("{} failed: {}", hello.commandSpec().name(), e.toString());
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
        ModelChoice models = hello.commandSpec().findOption("--model").getValue();
        Duration helloDelay = hello.commandSpec().findOption("--hello-delay").getValue();
        Duration worldDelay = hello.commandSpec().findOption("--world-delay").getValue();
        Duration heartbeat = hello.commandSpec().findOption("--heartbeat").getValue();
        return new Hello.Settings(models.models(), TaskSpec.hello(helloDelay), TaskSpec.world(worldDelay),
                Optional.ofNullable(heartbeat));
    }
}
