package showcase.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a report prints: an aligned table for people, or Markdown, CSV or JSON for documents and programs. */
public enum Format {
    TEXT, MARKDOWN, CSV, JSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Format::id).toList();
    }

    public static Format byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown format '" + id + "': choose one of " + String.join(", ", ids())));
    }
}
