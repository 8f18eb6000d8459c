package showcase.demo.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two programs' logs of the same case in two columns, on one clock: each log's first line (the
 * call about to be made) is +0 ms. Each column keeps its own order. The next lines of the two
 * sides share a row when they come from the same task (hello with hello, main with main), so
 * Python's {@code world cancelled} faces Java's {@code world interrupted}; otherwise the earlier
 * stands alone, as gather's return does while world runs on. Rows follow what happened, not the
 * clock, so a busy machine that delays one side does not reshuffle them.
 */
public final class SideBySide {

    private static final String GAP = "   |  ";

    private SideBySide() {
    }

    /** The two columns under a heading line each, every line indented by {@code indent}. */
    public static String render(ProgramRun left, ProgramRun right, String indent) {
        List<Cell> l = cells(left);
        List<Cell> r = cells(right);
        int width = l.stream().mapToInt(c -> c.text().length()).max().orElse(0);
        width = Math.max(width, title(left).length());
        StringBuilder text = new StringBuilder();
        row(text, indent, title(left), title(right), width);
        int i = 0;
        int j = 0;
        while (i < l.size() || j < r.size()) {
            Cell a = i < l.size() ? l.get(i) : null;
            Cell b = j < r.size() ? r.get(j) : null;
            if (a != null && b != null && a.task().equals(b.task())) {
                row(text, indent, a.text(), b.text(), width);
                i++;
                j++;
            } else if (b == null || a != null && a.millis() <= b.millis()) {
                row(text, indent, a.text(), "", width);
                i++;
            } else {
                row(text, indent, "", b.text(), width);
                j++;
            }
        }
        return text.toString();
    }

    private static String title(ProgramRun run) {
        return run.runtime() + " (" + run.version() + ")";
    }

    private record Cell(long millis, String task, String text) {
    }

    /** Each line as {@code +101ms  hello  task-2  hello failed: ...}, aligned within its column; the level only when not INFO. */
    private static List<Cell> cells(ProgramRun run) {
        List<LogLine> log = run.log();
        if (log.isEmpty()) {
            return List.of();
        }
        long zero = log.getFirst().elapsedMillis();
        Function<LogLine, String> elapsed = line -> "+" + (line.elapsedMillis() - zero) + "ms";
        int elapsedWidth = log.stream().mapToInt(line -> elapsed.apply(line).length()).max().orElseThrow();
        int threadWidth = log.stream().mapToInt(line -> line.thread().length()).max().orElseThrow();
        int runsOnWidth = log.stream().mapToInt(line -> line.runsOn().length()).max().orElseThrow();
        List<Cell> cells = new ArrayList<>();
        for (LogLine line : log) {
            String level = line.level().equals("INFO") ? "" : line.level() + "  ";
            cells.add(new Cell(line.elapsedMillis() - zero, line.thread(), pad(elapsed.apply(line), elapsedWidth) + "  "
                    + pad(line.thread(), threadWidth) + "  " + pad(line.runsOn(), runsOnWidth) + "  " + level + line.message()));
        }
        return cells;
    }

    private static void row(StringBuilder text, String indent, String left, String right, int width) {
        text.append((indent + pad(left, width) + GAP + right).stripTrailing()).append(System.lineSeparator());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
