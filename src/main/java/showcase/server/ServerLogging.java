package showcase.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * How much the server logs: Jetty's own start-up chatter never, and with {@code --quiet} (under
 * load, a thousand requests a second) not a line per request or per task either, only the start,
 * the stop, warnings and errors.
 */
public final class ServerLogging {

    private static final String JETTY = "org.eclipse.jetty";
    /** The loggers that speak once or more per request. */
    private static final List<String> PER_REQUEST = List.of(Routes.requests.getName(), "showcase.tasks",
            "showcase.observe.EventRecorder");

    private ServerLogging() {
    }

    public static void use(boolean quiet) {
        level(JETTY, Level.WARN);
        PER_REQUEST.forEach(name -> level(name, quiet ? Level.WARN : null));
    }

    // A null level inherits the root's.
    private static void level(String name, Level level) {
        ((Logger) LoggerFactory.getLogger(name)).setLevel(level);
    }
}
