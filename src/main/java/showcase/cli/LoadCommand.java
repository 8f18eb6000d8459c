package showcase.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.OptionSpec;
import showcase.report.Report;
import showcase.server.ServerSettings;
import showcase.server.load.Load;
import showcase.server.load.Target;
import showcase.values.Durations;
import showcase.values.UsageException;

/** {@code load}: many clients against the server on virtual threads and on a platform pool, measured side by side. */
public final class LoadCommand implements Subcommand {

    public static final String NAME = "load";
    private static final String URL = "--url";
    private static final String CONCURRENCY = "--concurrency";
    private static final String SWEEP = "--sweep";
    private static final String RAMP = "--ramp";
    private static final long MOST_CLIENTS = 100_000;
    private static final List<String> SERVER_OPTIONS = List.of(ServerOptions.THREADS, ServerOptions.POOL,
            ServerOptions.VIRTUAL_LIMIT, ServerOptions.HELLO_DELAY, ServerOptions.WORLD_DELAY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Thousands of clients against serve on virtual threads and on a 200-thread pool, side by side.";
    }

    @Override
    public String description() {
        return "Starts serve in a JVM of its own for each thread mode in turn; N clients, each a virtual thread with a "
                + "keep-alive connection, send GET /hello one after another while one more probes GET /health every "
                + "100 ms. Prints requests/s, latency percentiles, errors, timeouts, the probe's latency and the "
                + "server's peak memory and threads. With --url, only the load, against a server of yours.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.builder(URL)
                        .paramLabel("URL")
                        .type(URI.class)
                        .converters(Options.converter(LoadCommand::baseUrl))
                        .description("Load this server (its GET /hello and GET /health) instead of starting serve.")
                        .build(),
                Options.count(CONCURRENCY, "2000", 1, MOST_CLIENTS, "How many clients send requests at once."),
                Options.duration("--duration", "20s", Duration.ofSeconds(1), Options.MAX_DELAY,
                        "How long each run lasts."),
                Options.duration(RAMP, null, Duration.ZERO, Options.MAX_DELAY,
                        "Start the clients one after another, evenly spread over this long; 0 starts them all at once. "
                        + "Default: as long as the slower of a request's two tasks sleeps, so that requests arrive at "
                        + "a steady rate, at most half of --duration; 0 with " + URL + "."),
                OptionSpec.builder(SWEEP)
                        .paramLabel("COUNT,COUNT...")
                        .type(TaskCounts.class)
                        .converters(Options.converter(text -> TaskCounts.parse(text, 1, MOST_CLIENTS)))
                        .description("Run at each of these numbers of clients, e.g. 100,1000,10000, instead of "
                                + CONCURRENCY + ".")
                        .build(),
                LoadThreads.option(),
                ServerOptions.pool(),
                ServerOptions.virtualLimit(),
                ServerOptions.helloDelay(),
                ServerOptions.worldDelay(),
                Options.duration("--timeout", "60s", Duration.ofMillis(100), Options.MAX_DELAY,
                        "A request unanswered after this long counts as a timeout."),
                Options.format("How to print the results"),
                Options.chart("Draw latency by percentile per server, or with --sweep requests/s and p99 latency "
                        + "against the number of clients."));
    }

    @Override
    public boolean run(Parsed options, Report report) throws Exception {
        Optional<URI> url = Optional.ofNullable(options.get(URL));
        if (url.isPresent()) {
            SERVER_OPTIONS.stream().filter(options::given).findFirst().ifPresent(option -> {
                throw new UsageException(option + " shapes the servers load starts itself; with " + URL
                        + " the server is yours");
            });
        }
        if (options.given(CONCURRENCY) && options.given(SWEEP)) {
            throw new UsageException("give " + CONCURRENCY + " or " + SWEEP + ", not both");
        }
        TaskCounts sweep = options.get(SWEEP);
        long concurrency = options.get(CONCURRENCY);
        List<Integer> levels = sweep == null ? List.of((int) concurrency) : sweep.counts();
        Duration window = options.get("--duration");
        Duration ramp = ramp(options, url.isPresent(), window);
        if (ramp.compareTo(window) >= 0) {
            throw new UsageException(RAMP + " " + Durations.format(ramp) + " must be shorter than --duration "
                    + Durations.format(window));
        }
        LoadThreads threads = options.get(ServerOptions.THREADS);
        ServerOptions.checkVirtualLimit(options, threads.modes());
        List<Target> servers = threads.modes().stream().map(mode -> target(ServerOptions.settings(options, mode, 0, OptionalInt.empty())))
                .toList();
        new Load(new Load.Settings(url, servers, levels, window, ramp, options.get("--timeout"),
                options.get("--format"), Optional.<Path>ofNullable(options.get("--chart")))).run(report);
        return true;
    }

    /**
     * Clients started all at once stay in step: every request of a round ends, and the next
     * begins, within a few milliseconds of the others, and the server meets its load in bursts.
     */
    private static Duration ramp(Parsed options, boolean againstUrl, Duration window) {
        if (options.given(RAMP)) {
            return options.get(RAMP);
        }
        if (againstUrl) {
            return Duration.ZERO;
        }
        Duration hello = options.get(ServerOptions.HELLO_DELAY);
        Duration world = options.get(ServerOptions.WORLD_DELAY);
        Duration request = hello.compareTo(world) > 0 ? hello : world;
        Duration half = window.dividedBy(2);
        return request.compareTo(half) < 0 ? request : half;
    }

    private static Target target(ServerSettings settings) {
        String label = settings.mode().id() + switch (settings.mode()) {
            case PLATFORM -> " (pool " + settings.pool() + ")";
            case VIRTUAL -> settings.virtualLimit().isPresent() ? " (at most " + settings.virtualLimit().getAsInt() + ")" : "";
        };
        List<String> arguments = new ArrayList<>(ServerOptions.arguments(settings));
        arguments.add(ServeCommand.QUIET);
        return new Target(label, arguments);
    }

    static URI baseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if ("http".equals(uri.getScheme()) && uri.getHost() != null && bare && uri.getRawQuery() == null) {
                return new URI("http", null, uri.getHost(), uri.getPort(), null, null, null);
            }
        } catch (URISyntaxException e) {
            // Said below, as for any URL that is not a server's base.
        }
        throw new IllegalArgumentException("'" + text + "' is not a server's base URL: write it like "
                + "http://127.0.0.1:8080 (load adds /hello and /health itself)");
    }
}
