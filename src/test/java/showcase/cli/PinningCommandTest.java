package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import showcase.Main;
import showcase.testing.CommandRun;

/** {@code pinning}'s options on the command line: the help names every construct; an unknown one is one line and exit 2. */
class PinningCommandTest {

    @Test
    void theHelpNamesEveryConstructAndAll() throws Exception {
        CommandRun run = CommandRun.of("pinning", "--help");

        assertEquals(Main.OK, run.exitCode());
        assertTrue(run.outUnwrapped().contains("The constructs to measure: sleep, synchronized, object-wait, reentrant-lock, "
                + "class-initializer, native-frame, all. Default: all."), run.out());
    }

    @Test
    void anUnknownConstructIsOneLineNamingTheChoicesAndExitTwo() throws Exception {
        CommandRun run = CommandRun.of("pinning", "--construct", "volatile");

        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(1, run.err().size(), String.join("\n", run.err()));
        assertTrue(run.err().getFirst().startsWith("scripts/showcase: ") && run.err().getFirst().contains(
                "unknown construct 'volatile': choose one of sleep, synchronized, object-wait, reentrant-lock, "
                        + "class-initializer, native-frame"), run.err().getFirst());
    }
}
