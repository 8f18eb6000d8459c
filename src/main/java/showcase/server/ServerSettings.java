package showcase.server;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How to run the server: the thread mode, the size of Jetty's platform pool, an optional bound on
 * concurrent virtual threads, the port (0 for any free one) and the seed's two delays.
 *
 * @param pool the platform threads that run requests in {@link ThreadMode#PLATFORM}; in
 *     {@link ThreadMode#VIRTUAL} they only do Jetty's own non-blocking work
 * @param virtualLimit at most this many requests run at once on virtual threads (Jetty's
 *     {@code VirtualThreadPool.maxConcurrentTasks}); empty for no bound
 * @param healthPort a second port (0 for any free one) whose requests run on a small pool of
 *     platform threads of their own, for health checks; empty for none
 */
public record ServerSettings(ThreadMode mode, int pool, OptionalInt virtualLimit, int port, Duration helloDelay,
        Duration worldDelay, OptionalInt healthPort) {

    public ServerSettings {
        if (pool < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, got " + pool);
        }
    }

    /** A server with no port for health checks. */
    public ServerSettings(ThreadMode mode, int pool, OptionalInt virtualLimit, int port, Duration helloDelay,
            Duration worldDelay) {
        this(mode, pool, virtualLimit, port, helloDelay, worldDelay, OptionalInt.empty());
    }
}
