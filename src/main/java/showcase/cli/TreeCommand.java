package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.tree.EarlierDump;
import showcase.demo.tree.Leaves;
import showcase.demo.tree.RequestTree;
import showcase.report.Report;
import showcase.values.UsageException;

/** {@code tree}: the scopes of a request and their threads, drawn from the JDK's own JSON thread dump. */
public final class TreeCommand implements Subcommand {

    public static final String NAME = "tree";
    private static final Duration HELLO_DELAY = Duration.ofSeconds(1);
    private static final Duration PLANET_DELAY = Duration.ofMillis(1500);
    private static final Duration GREETING_DELAY = Duration.ofSeconds(1);

    /** What {@code --fail} asked for: one or more leaves, comma-separated. */
    record Failing(Set<String> tasks) {

        static Failing parse(String text) {
            Set<String> tasks = new LinkedHashSet<>(Arrays.asList(text.split(",")));
            for (String task : tasks) {
                if (!Leaves.NAMES.contains(task)) {
                    throw new IllegalArgumentException("'" + task + "' names no leaf task: choose from "
                            + String.join(", ", Leaves.NAMES) + ", or several joined by commas");
                }
            }
            return new Failing(Set.copyOf(tasks));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "A request's nested scopes and their threads, drawn from a live JSON thread dump.";
    }

    @Override
    public String description() {
        return "A request scope forks hello and world; world opens a nested scope that forks fetch-planet and "
                + "fetch-greeting. While they sleep, the program dumps its own threads as JSON and draws the "
                + "thread containers: names, states, nesting and frames all come from the dump. Every fork logs the "
                + "request id bound in a ScopedValue; a thread started outside the scope does not see it.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.flag("--platform", "Fork platform threads instead of virtual ones: the tree has the same shape."),
                Options.outputFile("--dump", "Keep the raw JSON thread dump in this file."),
                OptionSpec.builder("--from")
                        .paramLabel("FILE")
                        .type(Path.class)
                        .description("Run nothing: draw a dump taken earlier by `jcmd PID Thread.dump_to_file "
                                + "-format=json FILE` from any Java 25 process.")
                        .build(),
                OptionSpec.builder("--fail")
                        .paramLabel("TASK[,TASK]")
                        .type(Failing.class)
                        .converters(Options.converter(Failing::parse))
                        .completionCandidates(Leaves.NAMES)
                        .description("Make these leaves fail once their delay is over: ${COMPLETION-CANDIDATES}. "
                                + "world keeps whichever of its parts succeed.")
                        .build());
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        Optional<Path> from = Optional.ofNullable(options.get("--from"));
        if (from.isPresent()) {
            if (options.given("--platform") || options.given("--dump") || options.given("--fail")) {
                throw new UsageException("--from draws a dump taken earlier and runs nothing, so it takes no "
                        + "--platform, --dump or --fail");
            }
            String drawing = EarlierDump.draw(from.get());
            report.track(() -> drawing);
            return true;
        }
        Set<String> failing = Optional.<Failing>ofNullable(options.get("--fail")).map(Failing::tasks).orElse(Set.of());
        var settings = new RequestTree.Settings(options.given("--platform"), failing, HELLO_DELAY, PLANET_DELAY,
                GREETING_DELAY, Optional.ofNullable(options.get("--dump")));
        RequestTree.Outcome outcome = new RequestTree(settings).run(drawing -> {
            report.out().print(drawing);
            report.out().flush();
        });
        return outcome.answer().isPresent() || !failing.isEmpty();
    }
}
