package showcase.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import showcase.observe.EventRecorder.Event;
import showcase.observe.SiblingFate;
import showcase.observe.ThreadCensus;
import showcase.observe.Threads;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Table;
import showcase.values.KebabCaseId;

/** The behaviour matrix as a table (text, Markdown, CSV) or as JSON with every event. */
final class CompareReport {

    private CompareReport() {
    }

    static String render(List<CaseResult> results, Format format, Function<Case, String> heading) {
        return switch (format) {
            case TEXT -> table(results).textGroupedBy(0, id -> id + ": " + heading.apply(Case.byId(id)));
            case MARKDOWN -> table(results).markdown();
            case CSV -> table(results).csv();
            case JSON -> Json.write(results.stream().map(CompareReport::json).toList());
        };
    }

    static Table table(List<CaseResult> results) {
        // A filtered run may show only "-" as waste, or only 0 left running: aligned as in the whole matrix.
        Table table = new Table("case", "model", "wall ms", "outcome", "siblings interrupted", "wasted ms",
                "left running", "threads created")
                .align("wasted ms", Table.Align.RIGHT)
                .align("left running", Table.Align.LEFT);
        for (CaseResult result : results) {
            table.row(result.kase().id(), result.model(), result.wallMillis(), result.outcome(),
                    siblingsInterrupted(result), result.decidedAtNanos().isPresent() ? result.wastedMillis() : "-",
                    leftRunning(result), result.threads().map(ThreadCounts::created).orElse("not counted"));
        }
        return table;
    }

    /** {@code yes, +1 ms} when every unfinished sibling was interrupted; {@code no} when none was. */
    private static String siblingsInterrupted(CaseResult result) {
        List<SiblingFate> siblings = result.siblings();
        if (result.decidedAtNanos().isEmpty() || siblings.isEmpty()) {
            return "-";
        }
        List<SiblingFate> started = siblings.stream().filter(s -> s.fate() != SiblingFate.Fate.NEVER_STARTED).toList();
        if (started.isEmpty()) {
            return "never started";
        }
        List<SiblingFate> interrupted = started.stream().filter(s -> s.fate() == SiblingFate.Fate.INTERRUPTED).toList();
        if (interrupted.isEmpty()) {
            return "no";
        }
        long slowest = interrupted.stream().mapToLong(SiblingFate::reactionMillis).max().orElseThrow();
        String which = interrupted.size() == started.size() ? "yes" : interrupted.size() + " of " + started.size();
        return which + ", +" + slowest + " ms";
    }

    private static String leftRunning(CaseResult result) {
        if (result.leftRunning().isEmpty()) {
            return "0";
        }
        return result.leftRunning().size() + " ("
                + result.leftRunning().stream().map(Event::task).collect(Collectors.joining(", ")) + ")";
    }

    private static Map<String, Object> json(CaseResult result) {
        Throwable failure = result.failure();
        return Json.object(
                "case", result.kase().id(),
                "model", result.model(),
                "wallMillis", millis(result.callEndNanos() - result.callStartNanos()),
                "result", failure == null ? String.valueOf(result.result()) : null,
                "exception", failure == null ? null : CaseResult.typeName(failure),
                "cause", failure == null || failure.getCause() == null ? null : CaseResult.typeName(failure.getCause()),
                "decidedAtMillis", result.decidedAtNanos().isPresent()
                        ? millis(result.decidedAtNanos().getAsLong() - result.callStartNanos()) : null,
                "decidedBy", result.decidedBy().orElse(null),
                "aftermath", result.aftermath(),
                "siblings", result.siblings().stream().map(fate -> Json.object(
                        "task", fate.task(),
                        "fate", KebabCaseId.spell(fate.fate().name()),
                        "reactionMillis", millis(fate.reactionNanos()),
                        "wastedMillis", millis(fate.wastedNanos()))).toList(),
                "leftRunning", result.leftRunning().stream().map(Event::task).toList(),
                "platformThreadsCreated", result.threads().map(ThreadCensus.Count::platformStarted).orElse(null),
                "virtualThreadsCreated", result.threads().map(ThreadCensus.Count::virtualStarted).orElse(null),
                "threadsAliveAfter", result.threads().map(count -> count.alive().stream().map(Thread::getName).toList())
                        .orElse(null),
                "events", result.events().stream().map(event -> Json.object(
                        "task", event.task(),
                        "kind", KebabCaseId.spell(event.kind().name()),
                        "atMillis", millis(event.nanos() - result.callStartNanos()),
                        "thread", Threads.describe(event.thread()))).toList());
    }

    /** Milliseconds with three decimals: the events are nanosecond-exact, the output need not be. */
    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
