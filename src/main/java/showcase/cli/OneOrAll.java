package showcase.cli;

import java.util.List;
import java.util.stream.Stream;
import showcase.values.KebabCaseId;

/** What an option such as {@code --case} or {@code --construct} asked for: one constant by its id, or {@code all} of them. */
public record OneOrAll<E extends Enum<E> & KebabCaseId>(List<E> chosen) {

    public static final String ALL = "all";

    static <E extends Enum<E> & KebabCaseId> OneOrAll<E> parse(Class<E> type, String what, String text) {
        return new OneOrAll<>(text.equals(ALL) ? List.of(type.getEnumConstants())
                : List.of(KebabCaseId.byIdOrUnknown(type, what, text, ALL)));
    }

    static List<String> choices(Class<? extends Enum<?>> type) {
        return Stream.concat(KebabCaseId.ids(type).stream(), Stream.of(ALL)).toList();
    }
}
