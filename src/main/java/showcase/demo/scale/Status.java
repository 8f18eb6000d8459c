package showcase.demo.scale;

import java.util.Locale;

/** How a model's run ended: it gathered every task, hit a limit, ran past the timeout, or its JVM failed. */
public enum Status {
    OK, LIMIT, TIMEOUT, FAILED;

    /** {@code ok}, {@code limit}...: how tables and JSON spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Status parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
