package showcase.cli;

import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Model.OptionSpec;
import showcase.report.Report;
import showcase.server.PortUnavailable;
import showcase.server.Serve;
import showcase.server.ServerSettings;
import showcase.server.ThreadMode;

/** {@code serve}: the seed's gather in every request of a Jetty 12 server, on virtual threads or a platform pool. */
public final class ServeCommand implements Subcommand {

    public static final String NAME = "serve";
    /** The common servers' default pool: Tomcat's maxThreads, Jetty's QueuedThreadPool, Spring Boot's. */
    public static final String DEFAULT_POOL = "200";
    public static final long MOST_THREADS = 100_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "A Jetty 12 server whose every GET /hello gathers say_hello and say_world in a scope.";
    }

    @Override
    public String description() {
        return "GET /hello forks both tasks in a StructuredTaskScope named after the request and answers JSON; "
                + "?deadline=1500ms becomes the scope's timeout (504), ?fail=hello makes hello fail and world be "
                + "interrupted (500). GET /health answers at once. Requests run on a virtual thread each, or on a pool "
                + "of platform threads. It listens on 127.0.0.1 until Ctrl-C, which cancels the requests in flight.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                threads(),
                pool(),
                virtualLimit(),
                OptionSpec.builder("--port")
                        .paramLabel("PORT")
                        .type(Integer.class)
                        .converters(Options.converter(ServeCommand::port))
                        .defaultValue("8080")
                        .description("The port to listen on, 0 for any free one. Default: ${DEFAULT-VALUE}.")
                        .build(),
                helloDelay(),
                worldDelay(),
                Options.flag("--quiet", "Log the start, the stop and errors only, not a line per request: for runs "
                        + "under load."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        try {
            Serve.run(settings(options, options.get("--threads"), options.get("--port")), options.given("--quiet"));
        } catch (PortUnavailable e) {
            throw new UsageException(e.getMessage());
        }
        return true;
    }

    /** The server's settings from the options that serve and load share. */
    static ServerSettings settings(Parsed options, ThreadMode mode, int port) {
        Long limit = options.get("--virtual-limit");
        long pool = options.get("--pool");
        return new ServerSettings(mode, (int) pool, limit == null ? OptionalInt.empty() : OptionalInt.of(limit.intValue()),
                port, options.get("--hello-delay"), options.get("--world-delay"));
    }

    static OptionSpec threads() {
        return Options.choice("--threads", "thread mode", ThreadMode.VIRTUAL,
                "What runs each request: a virtual thread of its own, or a thread of the platform pool (and the "
                        + "threads its scope forks)");
    }

    static OptionSpec pool() {
        return Options.count("--pool", DEFAULT_POOL, 1, MOST_THREADS, "The size of Jetty's pool of platform threads: "
                + "with --threads platform they run the requests; with virtual threads only Jetty's own I/O work.");
    }

    static OptionSpec virtualLimit() {
        return Options.count("--virtual-limit", null, 1, MOST_THREADS, "With --threads virtual, run at most this many "
                + "requests at once (Jetty's VirtualThreadPool bound, 200 unless set). Default: no bound.");
    }

    static OptionSpec helloDelay() {
        return Options.duration("--hello-delay", "1s", "How long say_hello sleeps in each request.");
    }

    static OptionSpec worldDelay() {
        return Options.duration("--world-delay", "2s", "How long say_world sleeps in each request.");
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Not a number: said below, as for a number out of range.
        }
        throw new IllegalArgumentException("'" + text + "' is not a port: give a number from 0 to 65535 (0: any free port)");
    }
}
