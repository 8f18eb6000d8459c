package showcase.cli;

import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line, built with picocli's programmatic API. Annotations would make picocli read
 * them reflectively at every start (dynamic proxies included), which the AOT cache cannot save.
 */
public final class CommandSpecs {

    public static final String HELLO = "hello";
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    private CommandSpecs() {
    }

    public static CommandLine commandLine() {
        CommandSpec showcase = withHelpOptions(CommandSpec.create().name("showcase"));
        showcase.usageMessage()
                .description("Virtual threads and structured concurrency (Java 25), side by side with "
                        + "their platform-thread equivalents. With no subcommand, runs hello.")
                .commandListHeading("%nSubcommands:%n");
        showcase.addSubcommand(HELLO, hello());
        return new CommandLine(showcase);
    }

    private static CommandSpec hello() {
        CommandSpec hello = withHelpOptions(CommandSpec.create().name(HELLO));
        hello.usageMessage().description(
                "The seed's example: say_hello sleeps, then logs Hello; say_world sleeps longer, then logs World;",
                "both are gathered concurrently, so the run takes as long as the longer one, not the sum.");
        hello.addOption(OptionSpec.builder("--model")
                .paramLabel("NAME|all")
                .type(ModelChoice.class)
                .converters(converter(ModelChoice::parse))
                .defaultValue("structured")
                .completionCandidates(ModelChoice.choices())
                .description("The model to run, or all of them in turn with a closing table: ${COMPLETION-CANDIDATES}.",
                        "Default: ${DEFAULT-VALUE}.")
                .build());
        hello.addOption(delayOption("--hello-delay", "1s", "How long say_hello sleeps. Default: ${DEFAULT-VALUE}."));
        hello.addOption(delayOption("--world-delay", "2s", "How long say_world sleeps. Default: ${DEFAULT-VALUE}."));
        hello.addOption(delayOption("--heartbeat", null,
                "Log a tick at this period from a virtual thread of its own while the tasks sleep, e.g. 250ms."));
        return hello;
    }

    // By hand rather than mixinStandardHelpOptions(true), which builds its mixin from annotations.
    private static CommandSpec withHelpOptions(CommandSpec command) {
        return command.version(version())
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print version information and exit.").build());
    }

    private static OptionSpec delayOption(String name, String defaultValue, String description) {
        return OptionSpec.builder(name)
                .paramLabel("DURATION")
                .type(Duration.class)
                .converters(converter(text -> Durations.parsePositive(text, MAX_DELAY)))
                .defaultValue(defaultValue)
                .description(description)
                .build();
    }

    // picocli reports a TypeConversionException's own message; any other exception comes out wrapped.
    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static String version() {
        String version = CommandSpecs.class.getPackage().getImplementationVersion();
        return "loom-showcase " + (version == null ? "(development build)" : version) + " on Java "
                + Runtime.version();
    }
}
