package showcase.demo.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Sizes;
import showcase.report.Table;
import showcase.values.Counts;

/**
 * The rows as a table (text, Markdown, CSV) or as JSON. Text and Markdown end with notes: why each
 * row that stopped short stopped, and the platform-thread cap with the OS figures it comes from.
 */
final class ScaleReport {

    /** What holds for the whole run: the platform-thread cap and where it comes from, what was counted. */
    record Context(int threadCap, String osLimits, boolean deoptimizationsCounted) {
    }

    private ScaleReport() {
    }

    static String render(List<ScaleRow> rows, Format format, Context context) {
        return switch (format) {
            case TEXT -> table(rows, context, Counts::format).text() + lines(notes(rows, context), "");
            case MARKDOWN -> table(rows, context, Counts::format).markdown() + System.lineSeparator()
                    + lines(notes(rows, context), "- ");
            case CSV -> table(rows, context, Long::toString).csv();
            case JSON -> Json.write(json(rows, context));
        };
    }

    /** One line for the log: what a model did at one N. */
    static String summary(ScaleRow row) {
        String what = row.model() + " " + Counts.format(row.tasks()) + " x " + row.sleepMillis() + " ms: ";
        return switch (row.status()) {
            case OK -> what + "ok in " + millis(row.wallMillis()) + " (forked in " + millis(row.forkMillis()) + "), peak RSS "
                    + megabytes(row.peakRssBytes()) + ", " + cell(row.bytesPerTask(), Counts::format) + " B/task, "
                    + cell(row.peakPlatformThreads(), Counts::format) + " platform threads at most, "
                    + cell(row.jvm().collections(), Counts::format) + " GCs"
                    + row.jvm().deoptimizations().stream().mapToObj(count -> ", " + Counts.format(count) + " deoptimisations")
                            .findFirst().orElse("");
            case LIMIT, TIMEOUT, FAILED -> what + row.status().id() + " with " + Counts.format(row.started()) + " started and "
                    + Counts.format(row.completed()) + " completed: " + row.reason();
        };
    }

    private static Table table(List<ScaleRow> rows, Context context, LongFunction<String> number) {
        List<String> headers = new ArrayList<>(List.of("model", "tasks", "status", "completed", "wall ms", "fork ms",
                "join ms", "tasks/s", "process ms", "peak RSS MB", "B/task", "GCs", "platform threads", "virtual threads"));
        if (context.deoptimizationsCounted()) {
            headers.add("deopts");
        }
        Table table = new Table(headers.toArray(String[]::new));
        for (ScaleRow row : rows) {
            List<Object> cells = new ArrayList<>(List.of(row.model(), number.apply(row.tasks()), row.status().id(),
                    number.apply(row.completed()), cell(row.wallMillis(), number), cell(row.forkMillis(), number),
                    cell(row.joinMillis(), number), cell(row.tasksPerSecond(), number),
                    number.apply(row.jvm().processMillis()), cell(Sizes.megabytes(row.peakRssBytes()), number),
                    cell(row.bytesPerTask(), number), cell(row.jvm().collections(), number),
                    cell(row.peakPlatformThreads(), number), cell(row.virtualThreads(), number)));
            if (context.deoptimizationsCounted()) {
                cells.add(cell(row.jvm().deoptimizations(), number));
            }
            table.row(cells.toArray());
        }
        return table;
    }

    /** Why each row that stopped short stopped, what deoptimised most, and the platform-thread cap with its OS figures. */
    private static List<String> notes(List<ScaleRow> rows, Context context) {
        List<String> notes = new ArrayList<>();
        for (ScaleRow row : rows) {
            String where = row.model() + " at " + Counts.format(row.tasks()) + ": ";
            if (row.status() != Status.OK) {
                notes.add(where + row.status().id() + " with " + Counts.format(row.started()) + " started: " + row.reason());
            }
            if (!row.jvm().mostDeoptimized().isEmpty()) {
                notes.add(where + "most deoptimised: " + row.jvm().mostDeoptimized());
            }
        }
        notes.add("platform-thread cap: " + Counts.format(context.threadCap()) + " (" + context.osLimits() + ")");
        return notes;
    }

    private static String lines(List<String> notes, String prefix) {
        StringBuilder lines = new StringBuilder();
        notes.forEach(note -> lines.append(prefix).append(note).append(System.lineSeparator()));
        return lines.toString();
    }

    private static Map<String, Object> json(List<ScaleRow> rows, Context context) {
        return Json.object(
                "jdk", Runtime.version().toString(),
                "cores", Runtime.getRuntime().availableProcessors(),
                "platformThreadCap", context.threadCap(),
                "osLimits", context.osLimits(),
                "runs", rows.stream().map(row -> Json.object(
                        "model", row.model(),
                        "tasks", row.tasks(),
                        "sleepMillis", row.sleepMillis(),
                        "status", row.status().id(),
                        "started", row.started(),
                        "completed", row.completed(),
                        "wallMillis", orNull(row.wallMillis()),
                        "forkMillis", orNull(row.forkMillis()),
                        "joinMillis", orNull(row.joinMillis()),
                        "tasksPerSecond", orNull(row.tasksPerSecond()),
                        "processMillis", row.jvm().processMillis(),
                        "readyMillis", orNull(row.jvm().readyMillis()),
                        "warmUpMillis", orNull(row.jvm().warmUpMillis()),
                        "cpuMillis", orNull(row.jvm().cpuMillis()),
                        "collections", orNull(row.jvm().collections()),
                        "collectionMillis", orNull(row.jvm().collectionMillis()),
                        "baselineRssBytes", orNull(row.baselineRssBytes()),
                        "peakRssBytes", orNull(row.peakRssBytes()),
                        "bytesPerTask", orNull(row.bytesPerTask()),
                        "peakPlatformThreads", orNull(row.peakPlatformThreads()),
                        "virtualThreadsStarted", orNull(row.virtualThreads()),
                        "platformThreadCap", row.threadCap(),
                        "deoptimizations", orNull(row.jvm().deoptimizations()),
                        "mostDeoptimized", row.jvm().mostDeoptimized().isEmpty() ? null : row.jvm().mostDeoptimized(),
                        "jvmFlags", row.jvm().flags(),
                        "reason", row.reason().isEmpty() ? null : row.reason())).toList());
    }


    private static String cell(OptionalLong value, LongFunction<String> number) {
        return value.isPresent() ? number.apply(value.getAsLong()) : "-";
    }

    private static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static String millis(OptionalLong value) {
        return cell(value, Counts::format) + " ms";
    }

    private static String megabytes(OptionalLong bytes) {
        return cell(Sizes.megabytes(bytes), Counts::format) + " MB";
    }
}
