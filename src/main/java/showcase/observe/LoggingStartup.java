package showcase.observe;

import org.slf4j.LoggerFactory;

/**
 * Starts Logback (finding its providers and configuring it takes ~20 ms at start-up) on a thread of its own, so that it
 * overlaps with parsing the command line on another core. Nothing may log, nor even take a logger, before
 * {@link #await()}: SLF4J hands out stand-in loggers while it starts, and one taken just as it finishes starting is
 * never connected, so it drops every line for the life of the JVM.
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
