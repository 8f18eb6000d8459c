package showcase.tasks;

import java.util.List;

/**
 * The seed's two tasks by the names a command line or a query gives them. Apart from
 * {@link TaskSpec}, whose logger would start the log while the command line is still being built.
 */
public final class SeedTasks {

    public static final List<String> NAMES = List.of("hello", "world");

    private SeedTasks() {
    }
}
