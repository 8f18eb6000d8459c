package showcase.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the command line from the subcommands: each gets the help, version and log-format
 * options, a one-sentence entry in the list of subcommands, and a synopsis wrapped between
 * options, never inside one.
 */
public final class Cli {

    /** How the user runs the showcase, and how its messages name it. */
    public static final String PROGRAM = "scripts/showcase";
    public static final String LOG_FORMAT = "--log-format";
    private static final int WIDTH = 80;
    /** picocli's heading before a synopsis's first line. */
    private static final String USAGE_HEADING = "Usage: ";
    private static final String HELP_SYNOPSIS = "help [COMMAND]";

    private Cli() {
    }

    /** The top-level command, holding the given subcommands only: building the others would cost start-up. */
    public static CommandLine commandLine(List<Subcommand> subcommands) {
        String version = version();
        CommandSpec top = withHelpOptions(CommandSpec.create().name(PROGRAM), version);
        top.usageMessage()
                .customSynopsis(PROGRAM + " [COMMAND] [OPTIONS]", PROGRAM + " " + HELP_SYNOPSIS)
                .description("Virtual threads and structured concurrency (Java 25), side by side with their "
                        + "platform-thread equivalents. With no command, runs hello.")
                .commandListHeading("%nCommands:%n")
                .footer("%nSee '" + PROGRAM + " help COMMAND' for a command's options.");
        top.usageMessage().width(WIDTH);
        for (Subcommand subcommand : subcommands) {
            top.addSubcommand(subcommand.name(), spec(subcommand, version));
        }
        return new CommandLine(top);
    }

    /** What {@code help help} says: help is no subcommand, so picocli has no usage for it. */
    public static String helpUsage() {
        return USAGE_HEADING + PROGRAM + " " + HELP_SYNOPSIS + System.lineSeparator()
                + "Lists the commands, or the options of COMMAND (as COMMAND --help does)." + System.lineSeparator();
    }

    private static CommandSpec spec(Subcommand subcommand, String version) {
        CommandSpec spec = withHelpOptions(CommandSpec.create().name(subcommand.name()), version);
        subcommand.options().forEach(spec::addOption);
        spec.addOption(Options.logFormat());
        spec.usageMessage()
                .header(subcommand.summary())
                .description(subcommand.description().isEmpty() ? new String[0] : new String[] {subcommand.description()})
                .sortOptions(false)
                .customSynopsis(synopsis(PROGRAM + " " + subcommand.name(), spec.options()).toArray(String[]::new))
                .width(WIDTH);
        return spec;
    }

    /** {@code scripts/showcase hello [--model=NAME|all] ...}, wrapped between options, continuation lines indented. */
    static List<String> synopsis(String command, List<OptionSpec> options) {
        List<String> lines = new ArrayList<>();
        // Continuation lines are indented so that their options line up under the first line's,
        // which follows picocli's "Usage: " heading.
        String indent = " ".repeat(USAGE_HEADING.length() + command.length());
        StringBuilder line = new StringBuilder(command);
        int column = USAGE_HEADING.length() + command.length();
        boolean lineHasOptions = false;
        for (OptionSpec option : options) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String token = "[" + option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "") + "]";
            if (column + 1 + token.length() > WIDTH && lineHasOptions) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                column = indent.length();
            }
            line.append(' ').append(token);
            column += 1 + token.length();
            lineHasOptions = true;
        }
        lines.add(line.toString());
        return lines;
    }

    // By hand rather than mixinStandardHelpOptions(true), which builds its mixin from annotations.
    private static CommandSpec withHelpOptions(CommandSpec command, String version) {
        return command.version(version)
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print version information and exit.").build());
    }

    public static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return "loom-showcase " + (version == null ? "(development build)" : version) + " on Java " + Runtime.version();
    }
}
