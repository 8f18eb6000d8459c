package showcase.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.values.UsageException;

/**
 * {@code serve}: runs the server until Ctrl-C or SIGTERM. The signal interrupts the main thread,
 * which is waiting for the server; it then stops the server quickly rather than gracefully: the
 * requests in flight have their scopes cancelled and answer 503 at once.
 */
public final class Serve {

    private static final Logger log = LoggerFactory.getLogger(Serve.class);

    private Serve() {
    }

    /**
     * Serves until interrupted.
     *
     * @throws UsageException if the port is in use or may not be bound
     * @throws InterruptedException when stopped by a signal, once the server has stopped
     */
    public static void run(ServerSettings settings, boolean quiet) throws Exception {
        ServerLogging.use(quiet);
        try (ShowcaseServer server = started(settings)) {
            log.info("listening on {} (pid {}): {}{}", server.uri(), ProcessHandle.current().pid(),
                    settings.mode().description(), poolDescription(settings));
            server.healthUri().ifPresent(health -> log.info("health checks also on {}, run by platform threads of "
                    + "its own: they never wait behind the requests", health));
            log.info("try: curl {}/hello (or /hello?deadline=1500ms, /hello?fail=hello, /health); Ctrl-C stops",
                    server.uri());
            server.join();
        }
    }

    private static ShowcaseServer started(ServerSettings settings) throws Exception {
        try {
            return ShowcaseServer.start(settings, RequestObserver.NONE);
        } catch (PortUnavailable e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String poolDescription(ServerSettings settings) {
        return switch (settings.mode()) {
            case PLATFORM -> " (" + settings.pool() + " threads)";
            case VIRTUAL -> settings.virtualLimit().isPresent()
                    ? " (at most " + settings.virtualLimit().getAsInt() + " at once)" : "";
        };
    }
}
