package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.scale.Scale;
import showcase.demo.scale.WarmUp;
import showcase.report.Report;
import showcase.report.Terminal;
import showcase.values.UsageException;

/** {@code scale}: N sleeping tasks gathered by every model, each in a child JVM of its own. */
public final class ScaleCommand implements Subcommand {

    public static final String NAME = "scale";
    private static final long MOST_TASKS = 10_000_000;
    private static final Duration LEAST_SLEEP = Duration.ofMillis(1);
    private static final Duration LEAST_TIMEOUT = Duration.ofMillis(100);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "N sleeping tasks per model, up to a million: time, memory and threads, each in a JVM of its own.";
    }

    @Override
    public String description() {
        return "Each model gathers N tasks that each sleep, in a child JVM of its own, and reports wall time (fork "
                + "and join phases), peak RSS, bytes per task, peak platform threads and virtual threads. Platform "
                + "threads are capped below what the OS allows; a model that hits the cap, runs out of memory or "
                + "passes the timeout says how far it got, and the run goes on.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.count("--tasks", "100_000", 1, MOST_TASKS, "How many tasks, e.g. 1e6."),
                Options.duration("--sleep", "1s", LEAST_SLEEP, Options.MAX_DELAY, "How long each task sleeps."),
                Options.model("all", "The models to run: ${COMPLETION-CANDIDATES}."),
                Options.duration("--timeout", "60s", LEAST_TIMEOUT, Options.MAX_DELAY,
                        "How long a model's gather may take before its JVM is stopped."),
                OptionSpec.builder("--sweep")
                        .paramLabel("COUNT,COUNT...")
                        .type(TaskCounts.class)
                        .converters(Options.converter(text -> TaskCounts.parse(text, 1, MOST_TASKS)))
                        .description("Run each of these task counts in turn instead of --tasks, e.g. 1e3,1e4,1e5,1e6.")
                        .build(),
                Options.count("--max-platform-threads", null, 1, MOST_TASKS,
                        "Cap on live platform threads per child. Default: a quarter below what the OS limits allow."),
                Options.flag("--no-warm-up", "Skip the warm-up (" + WarmUp.describe() + ") that lets the JIT see "
                        + "sleepers wake before the run: without it, the first million sleepers deoptimise one by one."),
                Options.flag("--count-deopts", "Count the JIT's deoptimisations in each child with JFR (costs the "
                        + "child a fraction of a second before its run)."),
                Options.flag("--jvm-defaults", "Run the children with the JDK's default GC, heap and JIT instead of "
                        + "theirs: Serial GC, a young generation sized from N, foreground compilation, compact object "
                        + "headers."),
                OptionSpec.builder("--jvm-option")
                        .paramLabel("OPTION")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .converters(Options.converter(ScaleCommand::jvmOption))
                        .description("Add this option to every child JVM, after the others (so it wins), e.g. "
                                + "--jvm-option=-Xmn600m; repeatable.")
                        .build(),
                Options.format("How to print the results"),
                Options.chart("Draw wall time and bytes per task against N, one line per model, on log axes."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        if (options.given("--sweep") && options.given("--tasks")) {
            throw new UsageException("give --tasks or --sweep, not both");
        }
        TaskCounts sweep = options.get("--sweep");
        long tasks = options.get("--tasks");
        Long maxPlatformThreads = options.get("--max-platform-threads");
        List<String> jvmOptions = options.get("--jvm-option");
        ModelChoice models = options.get("--model");
        return new Scale(new Scale.Settings(
                models.models().stream().map(model -> model.name()).toList(),
                sweep != null ? sweep.counts() : List.of(Math.toIntExact(tasks)),
                options.get("--sleep"),
                options.get("--timeout"),
                maxPlatformThreads == null ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(maxPlatformThreads)),
                !options.given("--no-warm-up"),
                options.given("--count-deopts"),
                options.given("--jvm-defaults"),
                jvmOptions == null ? List.of() : List.copyOf(jvmOptions),
                options.get("--format"),
                Optional.<Path>ofNullable(options.get("--chart")),
                Terminal.stderrIsTerminal())).run(report);
    }

    private static String jvmOption(String text) {
        if (!text.startsWith("-")) {
            throw new IllegalArgumentException("'" + text + "' is not a JVM option: it must start with -, "
                    + "like -XX:+UseCompactObjectHeaders");
        }
        return text;
    }
}
