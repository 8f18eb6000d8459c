package showcase.cli;

import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import showcase.report.Report;

/**
 * One demo on the command line: its name, what it shows in one sentence, its options, and how it
 * runs. {@link Cli} adds the help options and the synopsis; {@code showcase.Main} turns how
 * {@link #run} ends into the exit code.
 */
public interface Subcommand {

    String name();

    /** One sentence, shown in the list of subcommands. */
    String summary();

    /** What follows the summary in the subcommand's own help, as one paragraph; empty for none. */
    default String description() {
        return "";
    }

    /** The options, in the order the help lists them. */
    List<OptionSpec> options();

    /**
     * Runs the demo. What it prints on stdout goes through {@code report}, so that it is printed
     * once however the run ends; the log goes through SLF4J.
     *
     * @return false if the demo failed for real (exit code 1); a failure it was asked to show is a success
     * @throws UsageException for bad input found only now: one line on stderr, exit code 2
     * @throws InterruptedException when interrupted (Ctrl-C): exit code 130
     */
    boolean run(Parsed options, Report report) throws Exception;
}
