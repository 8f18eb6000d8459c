package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;
import showcase.observe.LogFormat;
import showcase.report.Format;
import showcase.values.Counts;
import showcase.values.Durations;
import showcase.values.KebabCaseId;

/**
 * The options the subcommands share, built with picocli's programmatic API: annotations would
 * make picocli read them reflectively at every start, through dynamic proxies that the AOT cache
 * cannot keep. Every value is converted and checked here, so a bad one is a one-line usage error.
 */
public final class Options {

    /** The longest delay a demo accepts. */
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    private Options() {
    }

    public static OptionSpec model(String defaultValue, String description) {
        return OptionSpec.builder("--model")
                .paramLabel("NAME|all")
                .type(ModelChoice.class)
                .converters(converter(ModelChoice::parse))
                .defaultValue(defaultValue)
                .completionCandidates(ModelChoice.choices())
                .description(description + " Default: ${DEFAULT-VALUE}.")
                .build();
    }

    /** One constant of {@code type} by its id, or all of them, {@code all} by default: {@code --case race}. */
    public static <E extends Enum<E> & KebabCaseId> OptionSpec oneOrAll(String name, String what, Class<E> type,
            String description) {
        return OptionSpec.builder(name)
                .paramLabel("NAME|" + OneOrAll.ALL)
                .type(OneOrAll.class)
                .converters(converter(text -> OneOrAll.parse(type, what, text)))
                .defaultValue(OneOrAll.ALL)
                .completionCandidates(OneOrAll.choices(type))
                .description(description + ": ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                .build();
    }

    /** A delay above zero and at most {@link #MAX_DELAY}; without a default when {@code defaultValue} is null. */
    public static OptionSpec duration(String name, String defaultValue, String description) {
        return duration(name, defaultValue, Duration.ofNanos(1), MAX_DELAY, description);
    }

    public static OptionSpec duration(String name, String defaultValue, Duration least, Duration most,
            String description) {
        return OptionSpec.builder(name)
                .paramLabel("DURATION")
                .type(Duration.class)
                .converters(converter(text -> Durations.parseBetween(text, least, most)))
                .defaultValue(defaultValue)
                .description(withDefault(description, defaultValue))
                .build();
    }

    /** A count such as {@code 1e6} or {@code 1_000_000}, between {@code least} and {@code most}. */
    public static OptionSpec count(String name, String defaultValue, long least, long most, String description) {
        return OptionSpec.builder(name)
                .paramLabel("COUNT")
                .type(Long.class)
                .converters(converter(text -> Counts.parseBetween(text, least, most)))
                .defaultValue(defaultValue)
                .description(withDefault(description, defaultValue))
                .build();
    }

    public static OptionSpec chart(String description) {
        return OptionSpec.builder("--chart")
                .paramLabel("FILE.svg|FILE.png")
                .type(Path.class)
                .converters(converter(ChartFile::parse))
                .description(description)
                .build();
    }

    /** A file to write, tried before the run. */
    public static OptionSpec outputFile(String name, String description) {
        return OptionSpec.builder(name)
                .paramLabel("FILE")
                .type(Path.class)
                .converters(converter(OutputFile::parse))
                .description(description)
                .build();
    }

    public static OptionSpec format(String description) {
        return choice("--format", "format", Format.TEXT, description);
    }

    public static OptionSpec logFormat() {
        return choice("--log-format", "log format", LogFormat.TEXT,
                "The log on stderr, as text for people or as JSON Lines for programs");
    }

    /** An option whose values are an enum's constants as {@link KebabCaseId} spells them: {@code --format markdown}. */
    public static <E extends Enum<E>> OptionSpec choice(String name, String what, E defaultValue, String description) {
        Class<E> type = defaultValue.getDeclaringClass();
        List<String> ids = KebabCaseId.ids(type);
        return OptionSpec.builder(name)
                .paramLabel(String.join("|", ids))
                .type(type)
                .converters(converter(text -> KebabCaseId.byIdOrUnknown(type, what, text)))
                .defaultValue(KebabCaseId.spell(defaultValue.name()))
                .completionCandidates(ids)
                .description(description + ". Default: ${DEFAULT-VALUE}.")
                .build();
    }

    /** A flag without a value. */
    public static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).description(description).build();
    }

    private static String withDefault(String description, String defaultValue) {
        return defaultValue == null ? description : description + " Default: ${DEFAULT-VALUE}.";
    }

    /** picocli reports a {@code TypeConversionException}'s own message; any other exception comes out wrapped. */
    public static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
