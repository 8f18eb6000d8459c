package showcase.cli;

import java.util.List;
import java.util.stream.Stream;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.values.UsageException;

/** What {@code --model} asked for: one model by name, or {@code all} of them in turn. */
public record ModelChoice(List<ConcurrencyModel> models) {

    public static final String ALL = "all";

    public static ModelChoice parse(String name) {
        if (name.equals(ALL)) {
            return new ModelChoice(Models.all());
        }
        return Models.named(name).map(model -> new ModelChoice(List.of(model))).orElseThrow(() ->
                new IllegalArgumentException(UsageException.unknownChoice("model", name, choices())));
    }

    public static List<String> choices() {
        return Stream.concat(Models.names().stream(), Stream.of(ALL)).toList();
    }
}
