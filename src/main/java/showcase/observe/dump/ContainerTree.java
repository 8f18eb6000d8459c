package showcase.observe.dump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import showcase.observe.dump.ThreadDump.Container;
import showcase.observe.dump.ThreadDump.DumpedThread;

/**
 * Draws a thread dump as the tree the runtime knows: a thread, the scopes it opened, the threads
 * forked in them, the scopes those opened, and so on down. A scope hangs under the thread that
 * owns it; a container with no owner (an executor, a pool's carriers) hangs under its parent
 * container. Each thread shows its name, kind and id, state, and the frame it is in.
 */
public final class ContainerTree {

    private static final String BRANCH = "├── ";
    private static final String LAST = "└── ";
    private static final String PIPE = "│   ";
    private static final String SPACE = "    ";
    private static final String GAP = "  ";

    /** A line of the drawing: the tree part (prefix and label) and, for a thread, its columns. */
    private record Row(String tree, String kind, String state, String frame) {
    }

    /** A node before drawing: a thread or a container, and what hangs under it. */
    private record Node(Row row, List<Node> children) {
    }

    private final ThreadDump dump;
    private final Set<Container> placed = new HashSet<>();

    private ContainerTree(ThreadDump dump) {
        this.dump = dump;
    }

    /** Every container of the dump, from the roots down; containers no root reaches come last. */
    public static String whole(ThreadDump dump) {
        var tree = new ContainerTree(dump);
        List<Node> roots = new ArrayList<>();
        for (Container container : dump.threadContainers()) {
            if (container.parent() == null) {
                roots.add(tree.container(container));
            }
        }
        for (Container container : dump.threadContainers()) {
            if (!tree.placed.contains(container)) {
                roots.add(tree.container(container));
            }
        }
        return draw(roots);
    }

    /** The thread with id {@code tid}, and everything it owns, from the scopes it opened down. */
    public static Optional<String> under(ThreadDump dump, long tid) {
        var tree = new ContainerTree(dump);
        return dump.threadContainers().stream().flatMap(container -> container.threads().stream())
                .filter(thread -> thread.tid() == tid).findFirst()
                .map(thread -> draw(List.of(tree.thread(thread))));
    }

    private Node thread(DumpedThread thread) {
        List<Node> children = new ArrayList<>();
        for (Container owned : dump.threadContainers()) {
            if (owned.owner() != null && owned.owner() == thread.tid() && placed.add(owned)) {
                children.add(container(owned));
            }
        }
        String name = thread.name().isEmpty() ? "(unnamed)" : thread.name();
        String state = thread.carrier() == null ? thread.state() : thread.state() + " on #" + thread.carrier();
        return new Node(new Row(name, thread.kind(), state, thread.frame().orElse("")), children);
    }

    private Node container(Container container) {
        placed.add(container);
        List<Node> children = new ArrayList<>();
        container.threads().forEach(thread -> children.add(thread(thread)));
        for (Container child : dump.threadContainers()) {
            if (container.container().equals(child.parent()) && !ownerDrawsIt(child) && placed.add(child)) {
                children.add(container(child));
            }
        }
        String label = container.threads().isEmpty() && children.isEmpty()
                ? container.label() + "  (no threads)" : container.label();
        return new Node(new Row(label, "", "", ""), children);
    }

    private boolean ownerDrawsIt(Container container) {
        return container.owner() != null && dump.threadContainers().stream()
                .flatMap(c -> c.threads().stream()).anyMatch(thread -> thread.tid() == container.owner());
    }

    private static String draw(List<Node> roots) {
        List<Row> rows = new ArrayList<>();
        for (Node root : roots) {
            flatten(root, "", "", rows);
        }
        int tree = rows.stream().filter(row -> !row.kind().isEmpty()).mapToInt(row -> row.tree().length()).max().orElse(0);
        int kind = rows.stream().mapToInt(row -> row.kind().length()).max().orElse(0);
        int state = rows.stream().mapToInt(row -> row.state().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            String line = row.kind().isEmpty() ? row.tree()
                    : pad(row.tree(), tree) + GAP + pad(row.kind(), kind) + GAP + pad(row.state(), state) + GAP + row.frame();
            text.append(line.stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static void flatten(Node node, String prefix, String childPrefix, List<Row> rows) {
        Row row = node.row();
        rows.add(new Row(prefix + row.tree(), row.kind(), row.state(), row.frame()));
        for (int i = 0; i < node.children().size(); i++) {
            boolean last = i == node.children().size() - 1;
            flatten(node.children().get(i), childPrefix + (last ? LAST : BRANCH), childPrefix + (last ? SPACE : PIPE), rows);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
