package showcase.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the libraries' own chatter (start-up banners, pool statistics) out of a demo's log: warnings and errors only. */
public final class LibraryLogs {

    private LibraryLogs() {
    }

    public static void warningsOnly(String... loggerNames) {
        for (String name : loggerNames) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
