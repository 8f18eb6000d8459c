package showcase.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import showcase.demo.asyncio.AsyncioCase;

/**
 * What {@code asyncio --case} asked for: cases by name, in the order given
 * ({@code gather-failure,taskgroup-failure}), {@code scale}, or {@code all} of them and the scale.
 */
public record AsyncioCaseChoice(List<AsyncioCase> cases, boolean scale) {

    public static final String ALL = "all";
    public static final String SCALE = "scale";

    public static AsyncioCaseChoice parse(String text) {
        if (text.equals(ALL)) {
            return new AsyncioCaseChoice(Arrays.asList(AsyncioCase.values()), true);
        }
        Set<AsyncioCase> cases = new LinkedHashSet<>();
        boolean scale = false;
        for (String id : text.split(",", -1)) {
            if (id.equals(SCALE)) {
                scale = true;
            } else if (AsyncioCase.ids().contains(id)) {
                cases.add(AsyncioCase.byId(id));
            } else {
                throw new IllegalArgumentException("unknown case '" + id + "': choose one or more of "
                        + String.join(", ", Stream.concat(AsyncioCase.ids().stream(), Stream.of(SCALE)).toList())
                        + " (comma-separated), or " + ALL);
            }
        }
        return new AsyncioCaseChoice(List.copyOf(cases), scale);
    }

    public static List<String> choices() {
        return Stream.concat(AsyncioCase.ids().stream(), Stream.of(SCALE, ALL)).toList();
    }
}
