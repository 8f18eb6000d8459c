package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.Case;
import showcase.demo.Compare;
import showcase.report.Report;
import showcase.tasks.TaskSpec;

/** {@code compare}: every model through the cases the seed leaves out, measured from events. */
public final class CompareCommand implements Subcommand {

    public static final String NAME = "compare";
    private static final Duration SEED_HELLO = Duration.ofSeconds(1);
    private static final Duration SEED_WORLD = Duration.ofSeconds(2);
    private static final Duration SEED_DEADLINE = Duration.ofMillis(1500);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Every model through failure, race, deadline and interrupt: what each cancels, and how soon.";
    }

    @Override
    public String description() {
        return "The cases: a gather, a gather where hello fails, a race, a deadline, an interrupted caller. Each "
                + "row is measured from the tasks' events: was the unfinished sibling interrupted and how soon, "
                + "how much work was wasted, what was left running.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.model("all", "The models to compare: ${COMPLETION-CANDIDATES}."),
                Options.oneOrAll("--case", "case", Case.class, "The cases to run"),
                Options.format("How to print the matrix"),
                Options.duration("--hello-delay", "100ms", "How long hello sleeps."),
                Options.duration("--world-delay", "200ms", "How long world sleeps."),
                Options.duration("--deadline", "150ms", "The deadline of the deadline case."),
                Options.flag("--seed-delays", "Use the seed's 1s and 2s (deadline 1.5s) unless the options above say "
                        + "otherwise."),
                Options.chart("Draw every run as a timeline: a panel per case, a bar per model and task."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        boolean seed = options.given("--seed-delays");
        ModelChoice models = options.get("--model");
        OneOrAll<Case> cases = options.get("--case");
        new Compare(new Compare.Settings(
                models.models(),
                cases.chosen(),
                TaskSpec.hello(seedUnlessGiven(options, "--hello-delay", seed, SEED_HELLO)),
                TaskSpec.world(seedUnlessGiven(options, "--world-delay", seed, SEED_WORLD)),
                seedUnlessGiven(options, "--deadline", seed, SEED_DEADLINE),
                options.get("--format"),
                Optional.<Path>ofNullable(options.get("--chart")))).run(report);
        return true;
    }

    private static Duration seedUnlessGiven(Parsed options, String option, boolean seed, Duration seedValue) {
        return seed && !options.given(option) ? seedValue : options.get(option);
    }
}
