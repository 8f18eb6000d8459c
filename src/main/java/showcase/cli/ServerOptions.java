package showcase.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Model.OptionSpec;
import showcase.server.ServerSettings;
import showcase.server.ThreadMode;
import showcase.values.Durations;
import showcase.values.UsageException;

/**
 * The options that shape the server, shared by {@code serve} and by {@code load}, which passes
 * them on to the servers it starts. A class of their own, loaded only when one of those two runs:
 * the default {@code hello} never touches the server's types.
 */
final class ServerOptions {

    static final String THREADS = "--threads";
    static final String POOL = "--pool";
    static final String VIRTUAL_LIMIT = "--virtual-limit";
    static final String HELLO_DELAY = "--hello-delay";
    static final String WORLD_DELAY = "--world-delay";
    /** The common servers' default pool: Tomcat's maxThreads, Jetty's QueuedThreadPool, Spring Boot's. */
    private static final String DEFAULT_POOL = "200";
    private static final long MOST_THREADS = 100_000;

    private ServerOptions() {
    }

    static OptionSpec threads() {
        return Options.choice(THREADS, "thread mode", ThreadMode.VIRTUAL,
                "What runs each request: a virtual thread of its own, or a thread of the platform pool (and the "
                        + "threads its scope forks)");
    }

    static OptionSpec pool() {
        return Options.count(POOL, DEFAULT_POOL, 1, MOST_THREADS, "The size of Jetty's pool of platform threads: "
                + "with --threads platform they run the requests; with virtual threads only Jetty's own I/O work.");
    }

    static OptionSpec virtualLimit() {
        return Options.count(VIRTUAL_LIMIT, null, 1, MOST_THREADS, "With --threads virtual, run at most this many "
                + "requests at once: the bound of Jetty's VirtualThreadPool, whose own default is 200. Default: no bound.");
    }

    static OptionSpec helloDelay() {
        return Options.duration(HELLO_DELAY, "1s", "How long say_hello sleeps in each request.");
    }

    static OptionSpec worldDelay() {
        return Options.duration(WORLD_DELAY, "2s", "How long say_world sleeps in each request.");
    }

    /** {@code --virtual-limit} bounds virtual threads: with no server on virtual threads it would say nothing. */
    static void checkVirtualLimit(Parsed options, List<ThreadMode> modes) {
        if (options.given(VIRTUAL_LIMIT) && !modes.contains(ThreadMode.VIRTUAL)) {
            throw new UsageException(VIRTUAL_LIMIT + " bounds the virtual threads that run requests: give it with "
                    + THREADS + " virtual");
        }
    }

    /** The server's settings from these options, for the given thread mode and ports. */
    static ServerSettings settings(Parsed options, ThreadMode mode, int port, OptionalInt healthPort) {
        Long limit = options.get(VIRTUAL_LIMIT);
        long pool = options.get(POOL);
        return new ServerSettings(mode, (int) pool, limit == null ? OptionalInt.empty() : OptionalInt.of(limit.intValue()),
                port, options.get(HELLO_DELAY), options.get(WORLD_DELAY), healthPort);
    }

    /** The same options as {@code serve}'s command line, for a server started in a child process. */
    static List<String> arguments(ServerSettings settings) {
        var arguments = new ArrayList<>(List.of(THREADS, settings.mode().id(),
                POOL, Integer.toString(settings.pool()),
                HELLO_DELAY, Durations.format(settings.helloDelay()),
                WORLD_DELAY, Durations.format(settings.worldDelay()),
                ServeCommand.PORT, Integer.toString(settings.port())));
        settings.virtualLimit().ifPresent(limit -> arguments.addAll(List.of(VIRTUAL_LIMIT, Integer.toString(limit))));
        return arguments;
    }
}
