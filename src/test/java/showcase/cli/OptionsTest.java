package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The shared options that no subcommand of the seed uses yet ({@code count}, {@code outputFile}),
 * parsed by picocli as a later subcommand will: the value converted, or one line saying what is wrong.
 */
class OptionsTest {

    private static CommandLine commandWith(OptionSpec option) {
        return new CommandLine(CommandSpec.create().name("demo").addOption(option));
    }

    private static <T> T valueAfter(OptionSpec option, String... args) {
        CommandLine command = commandWith(option);
        command.parseArgs(args);
        return command.getCommandSpec().findOption(option.longestName()).getValue();
    }

    @Test
    void aCountReadsTheFormsPeopleWriteAndHasItsDefault() {
        OptionSpec tasks = Options.count("--tasks", "1e6", 1, 10_000_000, "How many tasks.");

        assertEquals(250_000L, (Long) valueAfter(tasks, "--tasks", "2.5e5"));
        assertEquals(1_000_000L, (Long) valueAfter(Options.count("--tasks", "1e6", 1, 10_000_000, "How many tasks.")));
    }

    @Test
    void aCountOutOfBoundsIsAUsageErrorSayingTheBound() {
        OptionSpec tasks = Options.count("--tasks", "1e6", 1, 10_000_000, "How many tasks.");

        var error = assertThrows(ParameterException.class, () -> commandWith(tasks).parseArgs("--tasks", "2e7"));
        assertTrue(error.getMessage().endsWith("'2e7' is too large: the most it can be is 10,000,000"), error.getMessage());
    }

    @Test
    void anOutputFileIsTriedBeforeTheRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dump.json");
        Path folder = Files.createDirectory(dir.resolve("dump"));

        assertEquals(file, valueAfter(Options.outputFile("--dump", "Where to write the dump."), "--dump", file.toString()));
        var error = assertThrows(ParameterException.class,
                () -> commandWith(Options.outputFile("--dump", "Where.")).parseArgs("--dump", folder.toString()));
        assertTrue(error.getMessage().endsWith("'" + folder + "' is a directory, not a file"), error.getMessage());
    }
}
