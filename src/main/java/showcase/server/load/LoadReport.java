package showcase.server.load;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import showcase.observe.Latencies;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Sizes;
import showcase.report.Table;
import showcase.values.Counts;

/**
 * The runs side by side, one row per server and level of concurrency: as a table or Markdown for
 * people (grouped digits, {@code -} for a figure there is none of), as CSV for programs (plain
 * numbers, an empty cell for none), or as JSON with every figure.
 */
final class LoadReport {

    /** How a cell is written: for people, or for programs. */
    private enum Cells {
        PEOPLE("-"), PROGRAMS("");

        private final String none;

        Cells(String none) {
            this.none = none;
        }

        String count(long count) {
            return this == PEOPLE ? Counts.format(count) : Long.toString(count);
        }

        String count(OptionalLong count) {
            return count.isPresent() ? count(count.getAsLong()) : none;
        }

        /** {@code 0.4}, {@code 9.8}, {@code 2,004}: a tenth of a millisecond matters only below ten. */
        String millis(double millis) {
            if (Double.isNaN(millis)) {
                return none;
            }
            if (this == PROGRAMS) {
                return String.format(Locale.ROOT, "%.1f", millis);
            }
            return millis < 10 ? String.format(Locale.ROOT, "%.1f", millis) : count(Math.round(millis));
        }

        String seconds(OptionalLong millis) {
            return millis.isPresent() ? String.format(Locale.ROOT, "%.1f", millis.getAsLong() / 1000.0) : none;
        }
    }

    private LoadReport() {
    }

    static String render(List<LoadResult> results, Format format) {
        return switch (format) {
            case TEXT -> table(results, Cells.PEOPLE).text();
            case MARKDOWN -> table(results, Cells.PEOPLE).markdown();
            case CSV -> table(results, Cells.PROGRAMS).csv();
            case JSON -> Json.write(results.stream().map(LoadReport::json).toList());
        };
    }

    /** Milliseconds as the log says them. */
    static String millis(double millis) {
        return Cells.PEOPLE.millis(millis);
    }

    private static Table table(List<LoadResult> results, Cells cells) {
        var table = new Table("server", "clients", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors",
                "timeouts", "/health p50 ms", "/health p99 ms", "peak RSS MB", "B/client", "OS threads",
                "CPU s");
        for (LoadResult result : results) {
            ServerFigures figures = result.figures();
            table.row(result.server(), cells.count(result.clients()), cells.count(Math.round(result.requestsPerSecond())),
                    cells.millis(result.hello().millisAt(50)), cells.millis(result.hello().millisAt(90)),
                    cells.millis(result.hello().millisAt(99)), cells.millis(result.hello().maxMillis()),
                    cells.count(result.errors()), cells.count(result.timeouts()),
                    cells.millis(result.health().millisAt(50)), cells.millis(result.health().millisAt(99)),
                    cells.count(Sizes.megabytes(figures.peakRssBytes())),
                    cells.count(figures.bytesPerClient(result.clients())),
                    cells.count(figures.peakThreads()),
                    cells.seconds(figures.cpuMillis()));
        }
        return table;
    }


    private static Object json(LoadResult result) {
        ServerFigures figures = result.figures();
        return Json.object(
                "server", result.server(),
                "clients", result.clients(),
                "windowMillis", result.window().toMillis(),
                "ok", result.ok(),
                "requestsPerSecond", result.requestsPerSecond(),
                "millis", percentiles(result.hello()),
                "errors", result.errors(),
                "timeouts", result.timeouts(),
                "inFlightAtEnd", result.inFlightAtEnd(),
                "healthMillis", percentiles(result.health()),
                "peakRssBytes", boxed(figures.peakRssBytes()),
                "idleRssBytes", boxed(figures.idleRssBytes()),
                "bytesPerClient", boxed(figures.bytesPerClient(result.clients())),
                "peakOsThreads", boxed(figures.peakThreads()),
                "cpuMillis", boxed(figures.cpuMillis()));
    }

    private static Object percentiles(Latencies latencies) {
        return Json.object("count", latencies.count(), "p50", latencies.millisAt(50), "p90", latencies.millisAt(90),
                "p99", latencies.millisAt(99), "max", latencies.maxMillis());
    }

    // JSON's null for a figure there is none of.
    private static Long boxed(OptionalLong figure) {
        return figure.isPresent() ? figure.getAsLong() : null;
    }
}
