package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.asyncio.Asyncio;
import showcase.report.Report;
import showcase.values.UsageException;

/** {@code asyncio}: the seed's Python next to its Java translation, each case run, timed and compared. */
public final class AsyncioCommand implements Subcommand {

    public static final String NAME = "asyncio";
    /** What --full adds to the scale: the seed's scalability claim at a million. */
    static final long FULL_SCALE = 1_000_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "The seed's Python asyncio beside its Java translation: every case run, timed and compared.";
    }

    @Override
    public String description() {
        return "Each case runs as a Python program of src/asyncio (python3 3.11 or later) and as its Java twin, "
                + "each in a process of its own that reports its own CPU time and peak RSS; the logs are printed "
                + "side by side on one clock, then one table of both.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.builder("--case")
                        .paramLabel("NAME,...|all")
                        .type(AsyncioCaseChoice.class)
                        .converters(Options.converter(AsyncioCaseChoice::parse))
                        .defaultValue(AsyncioCaseChoice.ALL)
                        .completionCandidates(AsyncioCaseChoice.choices())
                        .description("The cases to run, comma-separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                        .build(),
                OptionSpec.builder("--tasks")
                        .paramLabel("N,...")
                        .type(TaskCounts.class)
                        .converters(Options.converter(text -> TaskCounts.parse(text, 1, FULL_SCALE)))
                        .defaultValue("10000,100000")
                        .description("The scale's task counts, each up to 1e6. Default: ${DEFAULT-VALUE}.")
                        .build(),
                Options.flag("--full", "Add 1,000,000 tasks to the scale."),
                Options.duration("--hello-delay", "1s", Duration.ofMillis(1), Options.MAX_DELAY,
                        "How long say_hello sleeps."),
                Options.duration("--world-delay", "2s", Duration.ofMillis(1), Options.MAX_DELAY,
                        "How long say_world sleeps."),
                Options.duration("--deadline", "1500ms", Duration.ofMillis(1), Options.MAX_DELAY,
                        "The deadline of the deadline case."),
                Options.duration("--sleep", "1s", Duration.ofMillis(1), Options.MAX_DELAY,
                        "How long each task of the scale sleeps."),
                Options.format("How to print the table"),
                Options.chart("Draw every run's whole-process time and peak RSS, Python beside Java."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        AsyncioCaseChoice choice = options.get("--case");
        if (!choice.scale()) {
            for (String scaleOnly : List.of("--tasks", "--sleep", "--full")) {
                if (options.given(scaleOnly)) {
                    throw new UsageException(scaleOnly + " is for the scale case, which --case leaves out");
                }
            }
        }
        TaskCounts counts = options.get("--tasks");
        List<Long> scale = !choice.scale() ? List.of() : Stream.concat(counts.counts().stream().map(Long::valueOf),
                options.given("--full") ? Stream.of(FULL_SCALE) : Stream.empty()).distinct().toList();
        return new Asyncio(new Asyncio.Settings(
                choice.cases(),
                scale,
                options.get("--hello-delay"),
                options.get("--world-delay"),
                options.get("--deadline"),
                options.get("--sleep"),
                options.get("--format"),
                Optional.<Path>ofNullable(options.get("--chart")))).run(report);
    }
}
