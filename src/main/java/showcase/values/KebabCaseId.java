package showcase.values;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An enum whose constants people read and type as their names in lower case, words joined by
 * hyphens: {@code OBJECT_WAIT} is {@code object-wait} on the command line, in tables and in JSON.
 */
public interface KebabCaseId {

    /** The constant's name: {@link Enum#name()} implements it. */
    String name();

    default String id() {
        return spell(name());
    }

    /**
     * {@code object-wait} for {@code OBJECT_WAIT}: public for the enums the command line offers as choices
     * that live where the command line is not known ({@code Format}, {@code LogFormat}).
     */
    static String spell(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The ids of every constant of {@code type}, in declaration order. */
    static List<String> ids(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> spell(constant.name())).toList();
    }

    /** The constant of {@code type} with this id, if there is one. */
    static <E extends Enum<E>> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> spell(constant.name()).equals(id)).findFirst();
    }

    /**
     * The constant of {@code type} with this id, or the one line that says it is an unknown
     * {@code what} and names the choices, every id and {@code alsoAccepted} (such as {@code all}).
     */
    static <E extends Enum<E>> E byIdOrUnknown(Class<E> type, String what, String id, String... alsoAccepted) {
        return byId(type, id).orElseThrow(() -> new IllegalArgumentException(UsageException.unknownChoice(what, id,
                Stream.concat(ids(type).stream(), Arrays.stream(alsoAccepted)).toList())));
    }
}
