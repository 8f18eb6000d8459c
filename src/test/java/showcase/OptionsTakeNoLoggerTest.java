package showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import showcase.child.ChildProcess;
import showcase.cli.Cli;
import showcase.cli.Subcommand;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/**
 * Main builds and parses a command's options while logging is still starting on another thread
 * (LoggingStartup): a class that took its logger then could be left with one that drops every
 * line. So no command's options, nor the checks and defaults they run, may touch a class that logs.
 */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
public class OptionsTakeNoLoggerTest {

    /** In a JVM of its own, where nothing has started SLF4J: every command's options built and parsed. */
    public static void main(String[] args) {
        CommandLine commandLine = Cli.commandLine(Main.subcommands());
        for (Subcommand command : Main.subcommands()) {
            commandLine.parseArgs(command.name());
        }
    }

    @Test
    void noCommandsOptionsTakeALogger() throws Exception {
        var result = ChildProcess.java(List.of("-Xlog:class+load=info"), OptionsTakeNoLoggerTest.class, List.of()).run();

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        List<String> loaded = result.out().stream().filter(line -> line.contains("[class,load]")).toList();
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" showcase.demo.tree.Leaves ")), "tree's options were built");
        assertEquals(List.of(), loaded.stream().filter(line -> line.contains(" org.slf4j.LoggerFactory ")).toList());
    }
}
