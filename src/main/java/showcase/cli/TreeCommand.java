package showcase.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.tree.EarlierDump;
import showcase.demo.tree.Leaves;
import showcase.demo.tree.RequestTree;
import showcase.demo.tree.RunningJvm;
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

    /** What {@code --pid} asked for: that process, or, with no value, the list of JVMs to choose from. */
    record Pid(OptionalLong pid) {

        static final String LIST = "list";

        static Pid parse(String text) {
            if (text.equals(LIST)) {
                return new Pid(OptionalLong.empty());
            }
            if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
                throw new IllegalArgumentException("'" + text + "' is no process id: give a positive whole number, "
                        + "or no value to list the JVMs");
            }
            return new Pid(OptionalLong.of(Long.parseLong(text)));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "A request's nested scopes and their threads, or any running JVM's, drawn from a JSON thread dump.";
    }

    @Override
    public String description() {
        return "A request scope forks hello and world; world opens a nested scope that forks fetch-planet and "
                + "fetch-greeting. While they sleep, the program dumps its own threads as JSON and draws the "
                + "thread containers: names, states, nesting and frames all come from the dump. Every fork logs the "
                + "request id bound in a ScopedValue; a thread started outside the scope does not see it. With --pid, "
                + "the same drawing of another running JVM, through jcmd: identical subtrees collapse into one with a "
                + "count, each thread says what it waits for, and a deadlock on monitors is named in one line.";
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
                OptionSpec.builder("--pid")
                        .paramLabel("PID")
                        .arity("0..1")
                        .fallbackValue(Pid.LIST)
                        .type(Pid.class)
                        .converters(Options.converter(Pid::parse))
                        .description("Run nothing: draw the threads of the running JVM PID (any of this user's, "
                                + "through jcmd). Without PID, list the JVMs.")
                        .build(),
                Options.flag("--full", "With --from or --pid: every thread on a line of its own, nothing collapsed."),
                Options.duration("--watch", null, Duration.ofMillis(100), Options.MAX_DELAY,
                        "With --pid, on a terminal: draw again every DURATION until Ctrl-C."),
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
        Optional<Pid> pid = Optional.ofNullable(options.get("--pid"));
        boolean full = options.given("--full");
        if (from.isPresent() || pid.isPresent()) {
            checkNothingRuns(options, from.isPresent() ? "--from" : "--pid");
        } else if (full || options.given("--watch")) {
            throw new UsageException("--full and --watch draw another JVM's dump: give them with --pid (or --full "
                    + "with --from)");
        }
        if (from.isPresent()) {
            String drawing = EarlierDump.draw(from.get(), full);
            report.track(() -> drawing);
            return true;
        }
        if (pid.isPresent()) {
            return drawRunning(pid.get(), full, Optional.ofNullable(options.get("--watch")), report);
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

    private static void checkNothingRuns(Parsed options, String given) {
        if (options.given("--from") && options.given("--pid")) {
            throw new UsageException("--from draws a file and --pid a running JVM: give one of them");
        }
        if (options.given("--platform") || options.given("--dump") || options.given("--fail")) {
            throw new UsageException(given + " draws " + (given.equals("--from") ? "a dump taken earlier" : "another JVM")
                    + " and runs nothing, so it takes no --platform, --dump or --fail");
        }
        if (given.equals("--from") && options.given("--watch")) {
            throw new UsageException("--watch redraws a running JVM: give it with --pid, not --from");
        }
    }

    private static boolean drawRunning(Pid pid, boolean full, Optional<Duration> watch, Report report)
            throws InterruptedException {
        if (pid.pid().isEmpty()) {
            if (full || watch.isPresent()) {
                throw new UsageException("--pid without a PID lists the JVMs: give a PID to draw one with --full or --watch");
            }
            String list = RunningJvm.candidates();
            report.track(() -> list);
            return true;
        }
        long target = pid.pid().getAsLong();
        if (watch.isPresent()) {
            if (System.console() == null || !System.console().isTerminal()) {
                throw new UsageException("--watch redraws the screen, and stdout is not a terminal: leave --watch out to "
                        + "draw once");
            }
            RunningJvm.watch(target, full, watch.get(), report.out());
            return true;
        }
        String drawing = RunningJvm.draw(target, full);
        report.track(() -> drawing);
        return true;
    }
}
