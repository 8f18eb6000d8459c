package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.Hello;
import showcase.report.Report;
import showcase.tasks.SeedTasks;
import showcase.tasks.TaskSpec;

/** {@code hello}, the default: the seed's two tasks gathered by one model, or by each in turn. */
public final class HelloCommand implements Subcommand {

    public static final String NAME = "hello";
    /** A heartbeat faster than this would flood the log and say nothing more. */
    static final Duration FASTEST_HEARTBEAT = Duration.ofMillis(10);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "The seed: say_hello and say_world gathered concurrently, in 2 s rather than 3.";
    }

    @Override
    public String description() {
        return "say_hello sleeps, then logs Hello; say_world sleeps longer, then logs World. Gathered concurrently, "
                + "the run takes as long as the longer task, not the sum of both.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.model("structured", "The model to run, or all of them in turn with a closing table: "
                        + "${COMPLETION-CANDIDATES}."),
                Options.duration("--hello-delay", "1s", "How long say_hello sleeps."),
                Options.duration("--world-delay", "2s", "How long say_world sleeps."),
                Options.duration("--heartbeat", null, FASTEST_HEARTBEAT, Options.MAX_DELAY,
                        "Log a tick at this period, e.g. 250ms, from a virtual thread of its own while the tasks sleep."),
                OptionSpec.builder("--fail")
                        .paramLabel("hello|world")
                        .type(String.class)
                        .converters(Options.converter(HelloCommand::task))
                        .completionCandidates(SeedTasks.NAMES)
                        .description("Make this task fail once its delay is over, and see what each model does with "
                                + "the other one.")
                        .build(),
                Options.chart("Draw the runs as a timeline, one bar per task."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        Optional<String> failing = Optional.ofNullable(options.get("--fail"));
        TaskSpec hello = TaskSpec.hello(options.get("--hello-delay"));
        TaskSpec world = TaskSpec.world(options.get("--world-delay"));
        ModelChoice models = options.get("--model");
        return new Hello(new Hello.Settings(
                models.models(),
                failing.filter(hello.name()::equals).isPresent() ? hello.failing() : hello,
                failing.filter(world.name()::equals).isPresent() ? world.failing() : world,
                Optional.ofNullable(options.get("--heartbeat")),
                Optional.<Path>ofNullable(options.get("--chart")))).run(report);
    }

    private static String task(String name) {
        if (!SeedTasks.NAMES.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' names no task: choose " + String.join(" or ", SeedTasks.NAMES));
        }
        return name;
    }
}
