package showcase.server.load;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Table;

/** The runs side by side, one row per server and level of concurrency: as a table, Markdown, CSV or JSON. */
final class LoadReport {

    private static final String NONE = "-";
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private LoadReport() {
    }

    static String render(List<LoadResult> results, Format format) {
        return switch (format) {
            case TEXT -> table(results).text();
            case MARKDOWN -> table(results).markdown();
            case CSV -> table(results).csv();
            case JSON -> Json.write(results.stream().map(LoadReport::json).toList());
        };
    }

    private static Table table(List<LoadResult> results) {
        var table = new Table("server", "clients", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors",
                "timeouts", "unfinished", "/health p50 ms", "/health p99 ms", "peak RSS MB", "B/client", "OS threads");
        for (LoadResult result : results) {
            table.row(result.server(), count(result.clients()), count(Math.round(result.requestsPerSecond())),
                    millis(result.hello().millisAt(50)), millis(result.hello().millisAt(90)),
                    millis(result.hello().millisAt(99)), millis(result.hello().maxMillis()),
                    count(result.errors()), count(result.timeouts()), count(result.unfinished()),
                    millis(result.health().millisAt(50)), millis(result.health().millisAt(99)),
                    figure(result, figures -> figures.peakRssBytes().isPresent()
                            ? OptionalLong.of(Math.round(figures.peakRssBytes().getAsLong() / MEGABYTE)) : OptionalLong.empty()),
                    figure(result, figures -> figures.bytesPerClient(result.clients())),
                    figure(result, ServerFigures::peakThreads));
        }
        return table;
    }

    private static Object json(LoadResult result) {
        var figures = result.figures();
        return Json.object(
                "server", result.server(),
                "clients", result.clients(),
                "windowMillis", result.window().toMillis(),
                "ok", result.ok(),
                "requestsPerSecond", result.requestsPerSecond(),
                "millis", percentiles(result.hello()),
                "errors", result.errors(),
                "timeouts", result.timeouts(),
                "unfinished", result.unfinished(),
                "healthMillis", percentiles(result.health()),
                "peakRssBytes", figures.flatMap(f -> boxed(f.peakRssBytes())).orElse(null),
                "idleRssBytes", figures.flatMap(f -> boxed(f.idleRssBytes())).orElse(null),
                "bytesPerClient", figures.flatMap(f -> boxed(f.bytesPerClient(result.clients()))).orElse(null),
                "peakOsThreads", figures.flatMap(f -> boxed(f.peakThreads())).orElse(null));
    }

    private static Object percentiles(Latencies latencies) {
        return Json.object("count", latencies.count(), "p50", latencies.millisAt(50), "p90", latencies.millisAt(90),
                "p99", latencies.millisAt(99), "max", latencies.maxMillis());
    }

    /** Milliseconds as a person reads them: {@code 0.4}, {@code 9.8}, {@code 2,004}; {@code -} for none. */
    static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return NONE;
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.1f", millis) : count(Math.round(millis));
    }

    private static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private static String figure(LoadResult result, Function<ServerFigures, OptionalLong> read) {
        return result.figures().map(read).filter(OptionalLong::isPresent).map(value -> count(value.getAsLong()))
                .orElse(NONE);
    }

    private static java.util.Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? java.util.Optional.of(value.getAsLong()) : java.util.Optional.empty();
    }
}
