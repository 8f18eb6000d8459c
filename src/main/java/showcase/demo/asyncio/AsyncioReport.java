package showcase.demo.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import showcase.report.Format;
import showcase.report.Json;
import showcase.report.Sizes;
import showcase.report.Table;
import showcase.values.Counts;

/**
 * The runs as the reader sees them: for each case, Python's log and Java's side by side, then
 * one table of what each process measured (text); or the table alone (Markdown, CSV); or every
 * row with its events (JSON).
 */
final class AsyncioReport {

    static final String PYTHON = "python-asyncio";
    static final String SCALE = "scale";

    private AsyncioReport() {
    }

    /**
     * @param heading the line above a case's two logs
     */
    static String render(List<ProgramRun> runs, Format format, Function<AsyncioCase, String> heading) {
        if (runs.isEmpty()) {
            return "";
        }
        return switch (format) {
            case TEXT -> timelines(runs, heading) + table(runs).textGroupedBy(0, id -> id) + ratios(runs);
            case MARKDOWN -> table(runs).markdown();
            case CSV -> table(runs).csv();
            case JSON -> Json.write(runs.stream().map(AsyncioReport::json).toList());
        };
    }

    /** Python's run and Java's of the same case (or the same scale). */
    private record Pair(ProgramRun python, ProgramRun java) {
    }

    /** The pairs whose two sides have both run, in the order they ran. */
    private static List<Pair> pairs(List<ProgramRun> runs) {
        Map<String, List<ProgramRun>> groups = new LinkedHashMap<>();
        runs.forEach(run -> groups.computeIfAbsent(run.caseId() + "/" + run.tasks(), key -> new ArrayList<>()).add(run));
        List<Pair> pairs = new ArrayList<>();
        for (List<ProgramRun> group : groups.values()) {
            Optional<ProgramRun> python = group.stream().filter(run -> run.runtime().equals(PYTHON)).findFirst();
            Optional<ProgramRun> java = group.stream().filter(run -> !run.runtime().equals(PYTHON)).findFirst();
            if (python.isPresent() && java.isPresent()) {
                pairs.add(new Pair(python.get(), java.get()));
            }
        }
        return pairs;
    }

    /** Every case's two logs side by side; the scale has none, since scale's child JVM logs nothing. */
    private static String timelines(List<ProgramRun> runs, Function<AsyncioCase, String> heading) {
        StringBuilder text = new StringBuilder();
        for (Pair pair : pairs(runs)) {
            if (pair.python().caseId().equals(SCALE)) {
                continue;
            }
            text.append(heading.apply(AsyncioCase.byId(pair.python().caseId()))).append(System.lineSeparator())
                    .append(SideBySide.render(pair.python(), pair.java(), "  "))
                    .append(System.lineSeparator());
        }
        return text.toString();
    }

    static Table table(List<ProgramRun> runs) {
        Table table = new Table("case", "runtime", "tasks", "wall ms", "process ms", "CPU ms", "peak RSS MB",
                "siblings cancelled", "outcome");
        List<Pair> pairs = pairs(runs);
        for (ProgramRun run : runs) {
            table.row(run.caseId(), run.runtime(), Counts.format(run.tasks()),
                    Math.round(run.wallMillis()), run.processMillis(), run.cpuMillis(),
                    run.peakRssBytes().isPresent() ? String.format(Locale.ROOT, "%.1f", Sizes.megabytes(run.peakRssBytes().getAsLong())) : "-",
                    run.siblings().describe(), outcome(run, pairs));
        }
        return table;
    }

    /**
     * Python prints a list of strings as {@code ['Hello', 'World']}, Java as {@code [Hello, World]}:
     * where both sides of a case returned the same strings, both rows show Java's notation, so that
     * only a real difference reads as one.
     */
    private static String outcome(ProgramRun run, List<Pair> pairs) {
        return pairs.stream()
                .filter(pair -> pair.python() == run || pair.java() == run)
                .filter(pair -> pair.python().returnedStrings().isPresent()
                        && pair.python().returnedStrings().equals(pair.java().returnedStrings()))
                .map(pair -> pair.java().outcome())
                .findFirst().orElse(run.outcome());
    }

    /** For each scale, how Python's whole process compares with Java's: time and peak memory. */
    private static String ratios(List<ProgramRun> runs) {
        List<String> lines = new ArrayList<>();
        for (Pair pair : pairs(runs)) {
            ProgramRun p = pair.python();
            ProgramRun j = pair.java();
            if (!p.caseId().equals(SCALE)) {
                continue;
            }
            String memory = p.peakRssBytes().isPresent() && j.peakRssBytes().isPresent()
                    ? String.format(Locale.ROOT, ", %.2f× its peak RSS", (double) p.peakRssBytes().getAsLong() / j.peakRssBytes().getAsLong())
                    : "";
            lines.add(String.format(Locale.ROOT, "scale %,d: %s took %.2f× the time of %s (whole process)%s",
                    p.tasks(), PYTHON, (double) p.processMillis() / j.processMillis(), j.runtime(), memory));
        }
        return lines.isEmpty() ? "" : System.lineSeparator() + lines.stream()
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    private static Map<String, Object> json(ProgramRun run) {
        Siblings siblings = run.siblings();
        return Json.object(
                "case", run.caseId(),
                "runtime", run.runtime(),
                "version", run.version(),
                "idiom", run.idiom(),
                "tasks", run.tasks(),
                "outcome", run.outcome(),
                "wallMillis", run.wallMillis(),
                "processMillis", run.processMillis(),
                "cpuMillis", run.cpuMillis(),
                "peakRssBytes", run.peakRssBytes().isPresent() ? run.peakRssBytes().getAsLong() : null,
                "ruMaxrssBytes", run.ruMaxrssBytes().isPresent() ? run.ruMaxrssBytes().getAsLong() : null,
                "siblingsCancelled", siblings.cancelled().orElse(null),
                "siblings", siblings.describe(),
                "decidedAtMillis", run.decidedAtMillis().isPresent() ? run.decidedAtMillis().getAsDouble() : null,
                "decidedBy", run.decidedBy().orElse(null),
                "events", run.events().stream().map(event -> Json.object(
                        "task", event.task(),
                        "kind", event.kind(),
                        "atMillis", event.atMillis(),
                        "runsOn", event.runsOn())).toList());
    }
}
