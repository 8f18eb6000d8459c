package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;
import showcase.observe.LogFormat;
import showcase.report.Format;

/**
 * The command line, built with picocli's programmatic API. Annotations would make picocli read
 * them reflectively at every start, through dynamic proxies that the AOT cache cannot keep.
 */
public final class CommandSpecs {

    public static final String HELLO = "hello";
    public static final String COMPARE = "compare";
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    public static final List<String> TASKS = List.of("hello", "world");

    private CommandSpecs() {
    }

    public static CommandLine commandLine() {
        String version = version();
        CommandSpec showcase = withHelpOptions(CommandSpec.create().name("showcase"), version);
        showcase.usageMessage()
                .description("Virtual threads and structured concurrency (Java 25), side by side with "
                        + "their platform-thread equivalents. With no subcommand, runs hello.")
                .commandListHeading("%nSubcommands:%n");
        showcase.addSubcommand(HELLO, hello(version));
        showcase.addSubcommand(COMPARE, compare(version));
        return new CommandLine(showcase);
    }

    private static CommandSpec hello(String version) {
        CommandSpec hello = withHelpOptions(CommandSpec.create().name(HELLO), version);
        hello.usageMessage().description(
                "The seed's example: say_hello sleeps, then logs Hello; say_world sleeps longer, then logs World.",
                "Both are gathered concurrently, so the run takes as long as the longer one, not the sum.");
        hello.addOption(modelOption("structured",
                "The model to run, or all of them in turn with a closing table: ${COMPLETION-CANDIDATES}."));
        hello.addOption(durationOption("--hello-delay", "1s", "How long say_hello sleeps."));
        hello.addOption(durationOption("--world-delay", "2s", "How long say_world sleeps."));
        hello.addOption(durationOption("--heartbeat", null,
                "Log a tick at this period, e.g. 250ms, from a virtual thread of its own while the tasks sleep."));
        hello.addOption(OptionSpec.builder("--fail")
                .paramLabel("TASK")
                .type(String.class)
                .converters(converter(CommandSpecs::task))
                .completionCandidates(TASKS)
                .description("Make this task fail once its delay is over (${COMPLETION-CANDIDATES}), and see what "
                        + "each model does with the other one.")
                .build());
        hello.addOption(chartOption("Draw the runs as a timeline, one bar per task."));
        hello.addOption(logFormatOption());
        return hello;
    }

    private static CommandSpec compare(String version) {
        CommandSpec compare = withHelpOptions(CommandSpec.create().name(COMPARE), version);
        compare.usageMessage().description(
                "Every model through every case: a gather, a gather where hello fails, a race, a missed deadline,",
                "an interrupted caller. Each row is measured from the tasks' events: was the unfinished sibling",
                "interrupted and how soon, how much work was wasted, what was left running.");
        compare.addOption(modelOption("all", "The models to compare: ${COMPLETION-CANDIDATES}."));
        compare.addOption(OptionSpec.builder("--case")
                .paramLabel("NAME|all")
                .type(CaseChoice.class)
                .converters(converter(CaseChoice::parse))
                .defaultValue(CaseChoice.ALL)
                .completionCandidates(CaseChoice.choices())
                .description("The cases to run: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                .build());
        compare.addOption(enumOption("--format", "format", Format.TEXT, "How to print the matrix"));
        compare.addOption(durationOption("--hello-delay", "100ms", "How long hello sleeps."));
        compare.addOption(durationOption("--world-delay", "200ms", "How long world sleeps."));
        compare.addOption(durationOption("--deadline", "150ms", "The deadline of the deadline case."));
        compare.addOption(OptionSpec.builder("--seed-delays")
                .description("Use the seed's 1s and 2s (deadline 1.5s) unless the options above say otherwise.")
                .build());
        compare.addOption(chartOption("Draw every run as a timeline: a panel per case, a bar per model and task."));
        compare.addOption(logFormatOption());
        return compare;
    }

    // By hand rather than mixinStandardHelpOptions(true), which builds its mixin from annotations.
    private static CommandSpec withHelpOptions(CommandSpec command, String version) {
        return command.version(version)
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print version information and exit.").build());
    }

    private static OptionSpec modelOption(String defaultValue, String description) {
        return OptionSpec.builder("--model")
                .paramLabel("NAME|all")
                .type(ModelChoice.class)
                .converters(converter(ModelChoice::parse))
                .defaultValue(defaultValue)
                .completionCandidates(ModelChoice.choices())
                .description(description, "Default: ${DEFAULT-VALUE}.")
                .build();
    }

    private static OptionSpec durationOption(String name, String defaultValue, String description) {
        return OptionSpec.builder(name)
                .paramLabel("DURATION")
                .type(Duration.class)
                .converters(converter(text -> Durations.parsePositive(text, MAX_DELAY)))
                .defaultValue(defaultValue)
                .description(defaultValue == null ? description : description + " Default: ${DEFAULT-VALUE}.")
                .build();
    }

    private static OptionSpec chartOption(String description) {
        return OptionSpec.builder("--chart")
                .paramLabel("FILE.svg|FILE.png")
                .type(Path.class)
                .converters(converter(ChartFile::parse))
                .description(description)
                .build();
    }

    private static OptionSpec logFormatOption() {
        return enumOption("--log-format", "log format", LogFormat.TEXT,
                "The log on stderr, as text for people or as JSON Lines for programs");
    }

    /** An option whose values are an enum's constants in lower case: {@code --format markdown}. */
    private static <E extends Enum<E>> OptionSpec enumOption(String name, String what, E defaultValue,
            String description) {
        List<E> constants = List.of(defaultValue.getDeclaringClass().getEnumConstants());
        List<String> ids = constants.stream().map(CommandSpecs::id).toList();
        return OptionSpec.builder(name)
                .paramLabel(what.toUpperCase(Locale.ROOT).replace(' ', '_'))
                .type(defaultValue.getDeclaringClass())
                .converters(converter(text -> constants.stream().filter(constant -> id(constant).equals(text))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                "unknown " + what + " '" + text + "': choose one of " + String.join(", ", ids)))))
                .defaultValue(id(defaultValue))
                .completionCandidates(ids)
                .description(description + ": ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                .build();
    }

    private static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static String task(String name) {
        if (!TASKS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' names no task: choose " + String.join(" or ", TASKS));
        }
        return name;
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
