package showcase.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import showcase.readme.ReadmeCheck.Numbers;

/**
 * Compares a command's output with the README's block, after normalising what legitimately varies:
 * thread ids, alignment, and the numbers the check allows to vary. A line {@code ...} stands for
 * any number of lines; the lines between two of them must all be there, in any order (concurrent
 * log lines may swap), and nothing else. Log stamps ({@code +1035ms}, {@code "elapsedMs":1035})
 * count from the JVM's start, which a loaded machine delays: in a band they are compared after
 * shifting the whole run by one constant, so the gaps between lines must hold, not the start-up.
 */
final class OutputComparison {

    static final String GAP = "...";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A number that measures time or size: followed by a unit, or the value of such a JSON field. */
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s?(ms|s|us|µs|MB|GB|KB|kB|B|%|/s)\\b.*|^\\s?(ms|s|B|MB)$",
            Pattern.DOTALL);
    private static final Pattern UNIT_FIELD = Pattern.compile(".*(Ms|Millis|Bytes)\":$", Pattern.DOTALL);
    private static final Pattern UNIT_HEADER = Pattern.compile(".*\\b(ms|s|MB|GB|bytes|B/task)\\b.*|.*/s\\b.*");
    private static final Pattern CELL_GAP = Pattern.compile("\\s{2,}");
    private static final Pattern STAMP = Pattern.compile("^\\+(\\d+)ms\\b.*|.*\"elapsedMs\":(\\d+).*");

    private final Numbers numbers;
    /** The table columns whose numbers vary, by index, when the block is a table; empty otherwise. */
    private final Set<Integer> variableColumns;
    /** How much later the run's log stamps are than the README's. */
    private long stampShift;

    private OutputComparison(Numbers numbers, Set<Integer> variableColumns) {
        this.numbers = numbers;
        this.variableColumns = variableColumns;
    }

    /** Empty if {@code actual} shows what {@code expected} shows; otherwise what differs. */
    static Optional<String> compare(List<String> expected, List<String> actual, Numbers numbers) {
        List<String> wanted = expected.stream().map(OutputComparison::normalise).toList();
        List<String> got = actual.stream().map(OutputComparison::normalise).toList();
        var comparison = new OutputComparison(numbers, variableColumns(wanted));
        Optional<String> difference = comparison.match(wanted, got);
        if (difference.isEmpty() || !(numbers instanceof Numbers.Band)) {
            return difference;
        }
        for (long shift : comparison.stampShifts(wanted, got)) {
            comparison.stampShift = shift;
            if (comparison.match(wanted, got).isEmpty()) {
                return Optional.empty();
            }
        }
        return difference;
    }

    /** The shifts that would line the README's first stamped line up with a run's line of the same text. */
    private List<Long> stampShifts(List<String> wanted, List<String> got) {
        Optional<String> first = wanted.stream().filter(line -> stamp(line) >= 0).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        var shape = new OutputComparison(new Numbers.Shape(), variableColumns);
        return got.stream().filter(line -> stamp(line) >= 0 && shape.lineMatches(first.get(), line))
                .map(line -> stamp(line) - stamp(first.get())).distinct().toList();
    }

    private static long stamp(String line) {
        Matcher stamp = STAMP.matcher(line);
        if (!stamp.matches()) {
            return -1;
        }
        return Long.parseLong(stamp.group(1) != null ? stamp.group(1) : stamp.group(2));
    }

    static String normalise(String line) {
        return line.replaceAll("(virtual|platform)#\\d+", "$1#N").replaceAll("\"threadId\":\\d+", "\"threadId\":N").strip();
    }

    // A block whose first line is all words in columns (a table's header) has columns of its own.
    private static Set<Integer> variableColumns(List<String> block) {
        if (block.isEmpty() || NUMBER.matcher(block.getFirst()).find()) {
            return Set.of();
        }
        List<String> headers = Arrays.asList(CELL_GAP.split(block.getFirst()));
        if (headers.size() < 2) {
            return Set.of();
        }
        Set<Integer> variable = new java.util.HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            if (UNIT_HEADER.matcher(headers.get(c)).matches()) {
                variable.add(c);
            }
        }
        return variable;
    }

    private Optional<String> match(List<String> wanted, List<String> got) {
        List<List<String>> segments = new ArrayList<>();
        List<Boolean> gapBefore = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        boolean gap = false;
        for (String line : wanted) {
            if (line.equals(GAP)) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                    gapBefore.add(gap);
                    segment = new ArrayList<>();
                }
                gap = true;
            } else {
                segment.add(line);
            }
        }
        boolean gapAtEnd = gap && segment.isEmpty();
        if (!segment.isEmpty()) {
            segments.add(segment);
            gapBefore.add(gap);
        }
        int cursor = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<String> lines = segments.get(s);
            int lastStart = gapBefore.get(s) ? got.size() - lines.size() : cursor;
            if (s == segments.size() - 1 && !gapAtEnd) {
                int mustStart = got.size() - lines.size();
                if (mustStart < cursor || !gapBefore.get(s) && mustStart != cursor) {
                    return Optional.of(difference(lines, got, cursor, "the output has " + (got.size() - cursor)
                            + " lines here where the README shows " + lines.size()));
                }
                cursor = mustStart;
                lastStart = mustStart;
            }
            int found = -1;
            for (int start = cursor; start <= lastStart && start + lines.size() <= got.size() && found < 0; start++) {
                if (sameLines(lines, got.subList(start, start + lines.size()))) {
                    found = start;
                }
            }
            if (found < 0) {
                return Optional.of(difference(lines, got, cursor, "no stretch of the output matches these README lines"));
            }
            cursor = found + lines.size();
        }
        return Optional.empty();
    }

    /** Whether every wanted line matches a different line of {@code window} (a perfect bipartite matching). */
    private boolean sameLines(List<String> wanted, List<String> window) {
        int[] matchedTo = new int[window.size()];
        Arrays.fill(matchedTo, -1);
        for (int w = 0; w < wanted.size(); w++) {
            if (!augment(w, wanted, window, matchedTo, new boolean[window.size()])) {
                return false;
            }
        }
        return true;
    }

    private boolean augment(int w, List<String> wanted, List<String> window, int[] matchedTo, boolean[] seen) {
        for (int g = 0; g < window.size(); g++) {
            if (!seen[g] && lineMatches(wanted.get(w), window.get(g))) {
                seen[g] = true;
                if (matchedTo[g] < 0 || augment(matchedTo[g], wanted, window, matchedTo, seen)) {
                    matchedTo[g] = w;
                    return true;
                }
            }
        }
        return false;
    }

    boolean lineMatches(String wanted, String got) {
        if (variableColumns.isEmpty()) {
            return cellMatches(wanted, got, false);
        }
        String[] wantedCells = CELL_GAP.split(wanted);
        String[] gotCells = CELL_GAP.split(got);
        if (wantedCells.length != gotCells.length) {
            return cellMatches(wanted, got, false);
        }
        for (int c = 0; c < wantedCells.length; c++) {
            if (!cellMatches(wantedCells[c], gotCells[c], variableColumns.contains(c))) {
                return false;
            }
        }
        return true;
    }

    private boolean cellMatches(String wanted, String got, boolean variableColumn) {
        Matcher w = NUMBER.matcher(wanted);
        Matcher g = NUMBER.matcher(got);
        int wantedAt = 0;
        int gotAt = 0;
        while (true) {
            boolean wantedNumber = w.find();
            boolean gotNumber = g.find();
            String wantedText = wantedNumber ? wanted.substring(wantedAt, w.start()) : wanted.substring(wantedAt);
            String gotText = gotNumber ? got.substring(gotAt, g.start()) : got.substring(gotAt);
            if (!collapse(wantedText).equals(collapse(gotText)) || wantedNumber != gotNumber) {
                return false;
            }
            if (!wantedNumber) {
                return true;
            }
            boolean stamp = w.start() == 1 && wanted.startsWith("+") || wanted.substring(0, w.start()).endsWith("\"elapsedMs\":");
            boolean variable = variableColumn || UNIT_AFTER.matcher(wanted.substring(w.end())).matches()
                    || UNIT_FIELD.matcher(wanted.substring(0, w.start())).matches();
            if (!numberMatches(w.group(), stamp ? shifted(g.group()) : g.group(), variable)) {
                return false;
            }
            wantedAt = w.end();
            gotAt = g.end();
        }
    }

    private String shifted(String stamp) {
        return Long.toString(Long.parseLong(stamp) - stampShift);
    }

    private boolean numberMatches(String wanted, String got, boolean variable) {
        return switch (numbers) {
            case Numbers.Shape shape -> true;
            case Numbers.Exact exact -> wanted.equals(got);
            case Numbers.Band band -> {
                if (!variable) {
                    yield wanted.equals(got);
                }
                double w = Double.parseDouble(wanted.replace(",", ""));
                double g = Double.parseDouble(got.replace(",", ""));
                yield Math.abs(w - g) <= Math.max(band.abs(), band.rel() * w);
            }
        };
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String difference(List<String> wanted, List<String> got, int from, String what) {
        return what + ":\n  README:\n    " + String.join("\n    ", wanted) + "\n  output (from line " + (from + 1) + "):\n    "
                + String.join("\n    ", got.subList(Math.min(from, got.size()), got.size()));
    }
}
