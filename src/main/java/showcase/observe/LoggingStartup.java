package showcase.observe;

import org.slf4j.LoggerFactory;

/**
 * Starts Logback (finding its providers and configuring it takes ~20 ms at start-up) on a thread of its own, so that it
 * overlaps with parsing the command line on another core. Nothing may log before {@link #await()}:
 * SLF4J would hand out stand-in loggers and replay their events from the wrong thread.
 */
public final class LoggingStartup {

    private final Thread thread;

    private LoggingStartup() {
        thread = Thread.ofPlatform().name("logging-startup").daemon().start(LoggerFactory::getILoggerFactory);
    }

    public static LoggingStartup begin() {
        return new LoggingStartup();
    }

    public void await() throws InterruptedException {
        thread.join();
    }
}
