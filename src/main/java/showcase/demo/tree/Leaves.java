package showcase.demo.tree;

import java.util.List;

/**
 * The tasks of the request tree that can be told to fail, by name. Apart from {@link RequestTree}
 * so that the command line can check {@code --fail} without initialising the demo, whose logger
 * must not be taken while logging is still starting ({@code LoggingStartup}).
 */
public final class Leaves {

    public static final List<String> NAMES = List.of(RequestTree.HELLO, RequestTree.PLANET, RequestTree.GREETING);

    private Leaves() {
    }
}
