package showcase.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import showcase.demo.Case;

/** What {@code --case} asked for: one case by name, or {@code all} of them. */
public record CaseChoice(List<Case> cases) {

    public static final String ALL = "all";

    public static CaseChoice parse(String id) {
        return id.equals(ALL) ? new CaseChoice(Arrays.asList(Case.values())) : new CaseChoice(List.of(Case.byId(id)));
    }

    public static List<String> choices() {
        return Stream.concat(Case.ids().stream(), Stream.of(ALL)).toList();
    }
}
