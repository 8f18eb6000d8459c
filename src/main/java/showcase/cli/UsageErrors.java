package showcase.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import showcase.values.UsageException;

/** Turns picocli's parse errors into one line that names the problem and the valid choices. */
public final class UsageErrors {

    private UsageErrors() {
    }

    public static String describe(ParameterException error) {
        CommandLine where = error.getCommandLine();
        String command = where.getCommandSpec().qualifiedName(" ");
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().getFirst();
            if (argument.startsWith("-")) {
                return "unknown option '" + argument + "' for " + command + ": valid options are " + options(where);
            }
            return "unexpected argument '" + argument + "': " + command + " takes only options, " + options(where);
        }
        return oneLine(error.getMessage()) + " (see " + command + " --help)";
    }

    /** The one line for a subcommand that does not exist. */
    public static String unknownCommand(String name, List<String> commands) {
        return UsageException.unknownChoice("command", name, commands);
    }

    private static String options(CommandLine command) {
        List<String> names = command.getCommandSpec().options().stream().map(OptionSpec::longestName).toList();
        return String.join(", ", names);
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
