package showcase.cli;

import java.util.Arrays;
import java.util.List;
import showcase.values.Counts;

/** What {@code --sweep} asked for: task counts such as {@code 1e3,1e4,1e5,1e6}, each run in turn. */
public record TaskCounts(List<Integer> counts) {

    public static TaskCounts parse(String text, long least, long most) {
        List<String> parts = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + text + "' is not a list of counts: write it like 1e3,1e4,1e5");
        }
        return new TaskCounts(parts.stream().map(part -> Math.toIntExact(Counts.parseBetween(part, least, most))).toList());
    }
}
