package showcase.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rows of cells under headers, rendered as an aligned text table a person reads at a glance, or
 * as Markdown or CSV for documents and spreadsheets.
 */
public final class Table {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*");
    /** What a numeric column shows where a row has no figure. */
    private static final String PLACEHOLDER = "-";

    /** How a column lines up: numbers to the right, so that their digits do; text to the left. */
    public enum Align {
        LEFT, RIGHT
    }

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final Align[] declared;

    public Table(String... headers) {
        this.headers = List.of(headers);
        this.declared = new Align[headers.length];
    }

    /**
     * Fixes how a column lines up where its cells alone cannot say it the same way in every run: a
     * run may leave only placeholders in a column of figures, or only numbers in a column of words.
     */
    public Table align(String header, Align align) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + header + " in " + headers);
        }
        declared[column] = align;
        return this;
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    /** Columns padded to their widest cell; numbers right-aligned so their digits line up, placeholders with them. */
    public String text() {
        return text(-1, value -> value);
    }

    /**
     * Like {@link #text()}, but rows sharing a value in {@code column} come under a heading line
     * (that value, through {@code heading}) instead of repeating it; widths stay common to all.
     */
    public String textGroupedBy(int column, Function<String, String> heading) {
        return text(column, heading);
    }

    private String text(int groupColumn, Function<String, String> heading) {
        List<Integer> shown = IntStream.range(0, headers.size()).filter(c -> c != groupColumn).boxed().toList();
        boolean[] numeric = numericColumns();
        int[] widths = new int[headers.size()];
        for (int c : shown) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        String indent = groupColumn < 0 ? "" : "  ";
        StringBuilder text = new StringBuilder();
        text.append(line(indent, headers, shown, widths, numeric));
        String group = null;
        for (List<String> row : rows) {
            if (groupColumn >= 0 && !row.get(groupColumn).equals(group)) {
                group = row.get(groupColumn);
                text.append(heading.apply(group)).append(System.lineSeparator());
            }
            text.append(line(indent, row, shown, widths, numeric));
        }
        return text.toString();
    }

    /** A GitHub-flavoured Markdown table, numbers right-aligned. */
    public String markdown() {
        boolean[] numeric = numericColumns();
        StringBuilder markdown = new StringBuilder();
        markdown.append(markdownRow(headers));
        markdown.append(markdownRow(IntStream.range(0, headers.size())
                .mapToObj(c -> numeric[c] ? "---:" : "---").toList()));
        rows.forEach(row -> markdown.append(markdownRow(row)));
        return markdown.toString();
    }

    /** RFC 4180 CSV: a header line, then one line per row; cells quoted only when they must be. */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        csv.append(csvRow(headers));
        rows.forEach(row -> csv.append(csvRow(row)));
        return csv.toString();
    }

    /** Declared, or else numbers where every cell is a number or a placeholder, and one at least a number. */
    private boolean[] numericColumns() {
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < numeric.length; c++) {
            int column = c;
            numeric[c] = declared[c] != null ? declared[c] == Align.RIGHT
                    : rows.stream().allMatch(row -> isNumber(row.get(column)) || row.get(column).equals(PLACEHOLDER))
                            && rows.stream().anyMatch(row -> isNumber(row.get(column)));
        }
        return numeric;
    }

    private static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }

    private static String line(String indent, List<String> cells, List<Integer> shown, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder(indent);
        for (int c : shown) {
            String format = numeric[c] ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
            line.append(line.length() == indent.length() ? "" : "  ").append(String.format(format, cells.get(c)));
        }
        return line.toString().stripTrailing() + System.lineSeparator();
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |" + System.lineSeparator()));
    }

    private static String csvRow(List<String> cells) {
        return cells.stream()
                .map(cell -> cell.chars().anyMatch(ch -> ch == '"' || ch == ',' || ch == '\r' || ch == '\n')
                        ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
