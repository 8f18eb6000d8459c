package showcase.cli;

import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Model.OptionSpec;
import showcase.report.Report;
import showcase.server.Serve;
import showcase.server.ThreadMode;

/** {@code serve}: the seed's gather in every request of a Jetty 12 server, on virtual threads or a platform pool. */
public final class ServeCommand implements Subcommand {

    public static final String NAME = "serve";
    static final String PORT = "--port";
    static final String HEALTH_PORT = "--health-port";
    static final String QUIET = "--quiet";

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
                + "the query deadline=1500ms becomes the scope's timeout (504), and fail=hello makes hello fail and "
                + "world be interrupted (500). GET /health answers at once. Requests run on a virtual thread each, or "
                + "on a pool of platform threads. It listens on 127.0.0.1 until Ctrl-C, which cancels the requests in "
                + "flight.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                ServerOptions.threads(),
                ServerOptions.pool(),
                ServerOptions.virtualLimit(),
                OptionSpec.builder(PORT)
                        .paramLabel("PORT")
                        .type(Integer.class)
                        .converters(Options.converter(ServeCommand::port))
                        .defaultValue("8080")
                        .description("The port to listen on, 0 for any free one. Default: ${DEFAULT-VALUE}.")
                        .build(),
                OptionSpec.builder(HEALTH_PORT)
                        .paramLabel("PORT")
                        .type(Integer.class)
                        .converters(Options.converter(ServeCommand::port))
                        .description("Also listen on this port (0 for any free one), with a few platform threads of "
                                + "its own, for health checks that must not wait behind a burst of requests.")
                        .build(),
                ServerOptions.helloDelay(),
                ServerOptions.worldDelay(),
                Options.flag(QUIET, "Log the start, the stop and errors only, not a line per request: for runs "
                        + "under load."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        ThreadMode mode = options.get(ServerOptions.THREADS);
        ServerOptions.checkVirtualLimit(options, List.of(mode));
        Integer healthPort = options.get(HEALTH_PORT);
        Serve.run(ServerOptions.settings(options, mode, options.get(PORT),
                healthPort == null ? OptionalInt.empty() : OptionalInt.of(healthPort)), options.given(QUIET));
        return true;
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
