package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The synopsis uses the whole 80 columns (its first line after picocli's "Usage: "), wraps only
 * between options, lines its options up under the first line's, and never leaves a line without one.
 */
class SynopsisTest {

    private static final String COMMAND = "scripts/showcase demo";
    private static final String USAGE = "Usage: ";

    /** A flag whose synopsis token, {@code [--...]}, is exactly {@code width} columns wide. */
    private static OptionSpec flagOfWidth(int width) {
        return Options.flag("--" + "x".repeat(width - 4), "A flag.");
    }

    @Test
    void fillsALineToExactlyEightyColumnsBeforeWrapping() {
        OptionSpec first = Options.flag("--a", "A flag.");
        int rest = 80 - (USAGE + COMMAND + " [--a]").length() - 1;

        List<String> lines = Cli.synopsis(COMMAND, List.of(first, flagOfWidth(rest)));

        assertEquals(1, lines.size(), "" + lines);
        assertEquals(80, (USAGE + lines.getFirst()).length());
    }

    @Test
    void wrapsAnOptionThatWouldMakeTheLineEightyOneColumns() {
        OptionSpec first = Options.flag("--a", "A flag.");
        int rest = 80 - (USAGE + COMMAND + " [--a]").length() - 1;

        List<String> lines = Cli.synopsis(COMMAND, List.of(first, flagOfWidth(rest + 1)));

        assertEquals(List.of(COMMAND + " [--a]", " ".repeat((USAGE + COMMAND).length()) + " " + "[--" + "x".repeat(rest + 1 - 4) + "]"),
                lines);
    }

    @Test
    void anOptionWiderThanAnyLineStaysWithTheCommandRatherThanLeavingItAlone() {
        OptionSpec wide = flagOfWidth(100);

        List<String> lines = Cli.synopsis(COMMAND, List.of(wide));

        assertEquals(List.of(COMMAND + " [" + wide.longestName() + "]"), lines);
    }

    @Test
    void aFlagTakesNoValueAndAnOptionNamesItsValue() {
        List<String> lines = Cli.synopsis(COMMAND, List.of(Options.flag("--seed-delays", "A flag."),
                Options.duration("--deadline", "150ms", "A delay.")));

        assertEquals(List.of(COMMAND + " [--seed-delays] [--deadline=DURATION]"), lines);
    }
}
