package showcase.cli;

import picocli.CommandLine.ParseResult;

/** The option values of a parsed subcommand, already converted and checked, defaults filled in. */
public record Parsed(ParseResult result) {

    /** The value of {@code option}: given, or its default; null if it has neither. */
    public <T> T get(String option) {
        return result.commandSpec().findOption(option).getValue();
    }

    public boolean given(String option) {
        return result.hasMatchedOption(option);
    }
}
