package showcase.cli;

import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import showcase.demo.pinning.Construct;
import showcase.demo.pinning.Pinning;
import showcase.report.Report;

/** {@code pinning}: which blocking constructs still pin a virtual thread on Java 25, from JFR's events. */
public final class PinningCommand implements Subcommand {

    public static final String NAME = "pinning";
    private static final Duration LEAST_HOLD = Duration.ofMillis(50);
    private static final Duration MOST_HOLD = Duration.ofSeconds(10);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Which blocking constructs still pin a virtual thread on Java 25, measured with JFR.";
    }

    @Override
    public String description() {
        return "In a child JVM with one carrier thread, N virtual threads block inside each construct at once. "
                + "Unpinned, they take about as long as one; pinned, they take turns on the carrier. The pinned "
                + "events, their reason and frame come from JFR's jdk.VirtualThreadPinned, recorded in the child.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                Options.count("--threads", "8", 1, 64, "How many virtual threads block in each construct at once."),
                Options.duration("--hold", "200ms", LEAST_HOLD, MOST_HOLD,
                        "How long each thread blocks; at least 50ms, above JFR's 20 ms threshold for the event."),
                Options.oneOrAll("--construct", "construct", Construct.class, "The constructs to measure"),
                Options.format("How to print the table"));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        OneOrAll<Construct> constructs = options.get("--construct");
        long threads = options.get("--threads");
        new Pinning(new Pinning.Settings(constructs.chosen(), (int) threads, options.get("--hold"),
                options.get("--format"))).run(report);
        return true;
    }
}
