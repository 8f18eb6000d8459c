package showcase.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Progress is drawn only where stderr is a terminal, which only {@code scripts/showcase} can tell
 * (with {@code [ -t 2 ]}): it passes the answer in the property that {@link Terminal} reads, and
 * without it there is no progress.
 */
class TerminalTest {

    private final String before = System.getProperty(Terminal.PROPERTY);

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(Terminal.PROPERTY);
        } else {
            System.setProperty(Terminal.PROPERTY, before);
        }
    }

    @Test
    void theLauncherPassesThePropertyTerminalReads() throws Exception {
        String launcher = Files.readString(Path.of("scripts/showcase"));

        assertTrue(launcher.contains("[ -t 2 ] && tty_flag=(-D" + Terminal.PROPERTY + "=true)"), launcher);
    }

    @Test
    void aTerminalOnlyWhenTheLauncherSaidSo() {
        System.setProperty(Terminal.PROPERTY, "true");
        assertTrue(Terminal.stderrIsTerminal());

        System.clearProperty(Terminal.PROPERTY);
        assertFalse(Terminal.stderrIsTerminal(), "no launcher, no progress");
    }
}
