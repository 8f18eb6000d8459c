package showcase.observe.dump;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import showcase.observe.dump.ThreadDump.Container;
import showcase.observe.dump.ThreadDump.DumpedThread;
import showcase.values.Counts;

/**
 * Draws a thread dump as the tree the runtime knows: a thread, the scopes it opened, the threads
 * forked in them, the scopes those opened, and so on down. A scope hangs under the thread that
 * owns it; a container with no owner (an executor, a pool's carriers) hangs under its parent
 * container. Each thread shows its name, kind and id, state, frame, and what it waits for.
 * Collapsed, identical subtrees become one with a count, and the threads outside any scope one
 * line per pool and kind: 2,000 requests in flight fit a screen.
 */
public final class ContainerTree {

    private static final String BRANCH = "├── ";
    private static final String LAST = "└── ";
    private static final String PIPE = "│   ";
    private static final String SPACE = "    ";
    private static final String GAP = "  ";
    private static final int LONGEST_ALIGNED = 64;
    private static final Pattern LAST_NUMBER = Pattern.compile("\\d+(?=\\D*$)");
    private static final Pattern CARRIER = Pattern.compile(" on #\\d+$");

    /** A line of the drawing: the tree part (prefix and label) and, for a thread, its columns. */
    private record Row(String tree, String kind, String state, String frame, String waits) {

        boolean isThread() {
            return !kind.isEmpty();
        }
    }

    /**
     * A node before drawing: a thread or a container, what hangs under it, how many identical
     * ones it stands for, and whether it is summarised with the others of its pool: a thread
     * outside any scope that opened none.
     */
    private record Node(Row row, List<Node> children, int count, boolean pooled, String shape) {
    }

    private final Waits waits;
    private final Map<Long, List<Container>> ownedBy = new HashMap<>();
    private final Map<String, List<Container>> childrenOf = new HashMap<>();
    private final Set<Long> tids = new HashSet<>();
    // By identity: a container record's own hash would walk every thread and frame it holds.
    private final Set<Container> placed = Collections.newSetFromMap(new IdentityHashMap<>());

    private ContainerTree(ThreadDump dump, Waits waits) {
        this.waits = waits;
        dump.threads().forEach(thread -> tids.add(thread.tid()));
        for (Container container : dump.threadContainers()) {
            if (container.owner() != null) {
                ownedBy.computeIfAbsent(container.owner(), owner -> new ArrayList<>()).add(container);
            }
            if (container.parent() != null) {
                childrenOf.computeIfAbsent(container.parent(), parent -> new ArrayList<>()).add(container);
            }
        }
    }

    /** Every container of the dump, every thread on a line of its own; containers no root reaches come last. */
    public static String whole(ThreadDump dump) {
        return whole(dump, new Waits(Monitors.of(dump)));
    }

    /** As {@link #whole(ThreadDump)}, with what its threads wait for shared with the caller. */
    static String whole(ThreadDump dump, Waits waits) {
        return draw(roots(dump, waits));
    }

    /**
     * Every container of the dump, identical subtrees drawn once with their count (sorted by
     * count), and the threads outside any scope that opened none summarised per pool and kind.
     */
    public static String collapsed(ThreadDump dump) {
        return collapsed(dump, new Waits(Monitors.of(dump)));
    }

    /** As {@link #collapsed(ThreadDump)}, with what its threads wait for shared with the caller. */
    static String collapsed(ThreadDump dump, Waits waits) {
        return draw(roots(dump, waits).stream().map(ContainerTree::collapse).toList());
    }

    private static List<Node> roots(ThreadDump dump, Waits waits) {
        var tree = new ContainerTree(dump, waits);
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
        return roots;
    }

    /** The thread with id {@code tid}, and everything it owns, from the scopes it opened down. */
    public static Optional<String> under(ThreadDump dump, long tid) {
        var tree = new ContainerTree(dump, new Waits(Monitors.of(dump)));
        return dump.threads().filter(thread -> thread.tid() == tid).findFirst()
                .map(thread -> draw(List.of(tree.thread(thread, false))));
    }

    private Node thread(DumpedThread thread, boolean inScope) {
        List<Node> children = new ArrayList<>();
        for (Container owned : ownedBy.getOrDefault(thread.tid(), List.of())) {
            if (placed.add(owned)) {
                children.add(container(owned));
            }
        }
        String name = thread.name().isEmpty() ? "(unnamed)" : thread.name();
        String state = thread.carrier() == null ? thread.state() : thread.state() + " on #" + thread.carrier();
        String frame = thread.frame().orElse("");
        String wait = waits.of(thread).text();
        String shape = String.join("|", pattern(name), thread.virtual() ? "virtual" : "platform", thread.state(), frame,
                wait);
        // A thread blocked on a monitor is drawn on its own line, its lock and the lock's holder beside it.
        boolean pooled = !inScope && children.isEmpty() && thread.blockedOn() == null;
        return new Node(new Row(name, thread.kind(), state, frame, wait), children, 1, pooled, shape);
    }

    private Node container(Container container) {
        placed.add(container);
        boolean scope = container.owner() != null;
        List<Node> children = new ArrayList<>();
        container.threads().forEach(thread -> children.add(thread(thread, scope)));
        for (Container child : childrenOf.getOrDefault(container.container(), List.of())) {
            if (!ownerDrawsIt(child) && placed.add(child)) {
                children.add(container(child));
            }
        }
        String label = container.threads().isEmpty() && children.isEmpty()
                ? container.label() + "  (no threads)" : container.label();
        return new Node(new Row(label, "", "", "", ""), children, 1, false, pattern(label));
    }

    private boolean ownerDrawsIt(Container container) {
        return container.owner() != null && tids.contains(container.owner());
    }

    // "request-17 GET" and "request-18 GET" are the same kind of thing; so are "pool-1-thread-1" and "pool-1-thread-2".
    private static String pattern(String name) {
        return LAST_NUMBER.matcher(name).replaceFirst("*");
    }

    private static Node collapse(Node node) {
        List<Node> children = node.children().stream().map(ContainerTree::collapse).toList();
        Map<String, List<Node>> alike = new LinkedHashMap<>();
        for (Node child : children) {
            String key = child.pooled() ? "pool:" + pattern(child.row().tree()) + "|" + kindOnly(child.row())
                    : "shape:" + shape(child);
            alike.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
        }
        List<Node> merged = alike.values().stream().map(ContainerTree::merge)
                .sorted(Comparator.comparingInt(Node::count).reversed()).toList();
        return new Node(node.row(), merged, node.count(), node.pooled(), node.shape());
    }

    // A subtree's shape is its own and its children's, in no particular order: the same request forked in any order.
    private static String shape(Node node) {
        return node.shape() + node.children().stream().map(child -> child.count() + "×" + shape(child)).sorted()
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static Node merge(List<Node> alike) {
        Node first = alike.getFirst();
        if (alike.size() == 1) {
            return first;
        }
        int count = alike.stream().mapToInt(Node::count).sum();
        Row row = first.row();
        String label = pattern(row.tree()) + " ×" + Counts.format(count);
        List<Node> children = first.children().stream().map(ContainerTree::anyOf).toList();
        if (!row.isThread()) {
            return new Node(new Row(label, "", "", "", ""), children, count, false, first.shape());
        }
        Row summary = new Row(label, kindOnly(row), tally(alike, ContainerTree::stateOnly), tally(alike, Row::frame),
                tally(alike, Row::waits));
        return new Node(summary, children, count, first.pooled(), first.shape());
    }

    // Under a node that stands for many, the first one's names and ids would claim to be all of them.
    private static Node anyOf(Node node) {
        Row row = node.row();
        String label = node.count() > 1 ? row.tree() : pattern(row.tree());
        Row general = row.isThread() && node.count() == 1
                ? new Row(label, kindOnly(row), stateOnly(row), row.frame(), row.waits())
                : new Row(label, row.kind(), row.state(), row.frame(), row.waits());
        return new Node(general, node.children().stream().map(ContainerTree::anyOf).toList(), node.count(),
                node.pooled(), node.shape());
    }

    // "RUNNABLE on #31" -> "RUNNABLE": which carrier a mounted thread was on is one thread's, not a group's.
    private static String stateOnly(Row row) {
        return CARRIER.matcher(row.state()).replaceFirst("");
    }

    // "virtual#23" -> "virtual"
    private static String kindOnly(Row row) {
        return row.kind().substring(0, row.kind().indexOf('#'));
    }

    // One value when all agree, else each value with its count, most common first: "WAITING 3, TIMED_WAITING 1".
    private static String tally(List<Node> alike, Function<Row, String> column) {
        Map<String, Long> counts = alike.stream().map(node -> column.apply(node.row()))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        if (counts.size() == 1) {
            return counts.keySet().iterator().next();
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> (entry.getKey().isEmpty() ? "-" : entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String draw(List<Node> roots) {
        List<Row> rows = new ArrayList<>();
        for (Node root : roots) {
            flatten(root, "", "", rows);
        }
        // A name far longer than the others (a Jetty acceptor's names its connector) is not worth a column that wide.
        int tree = width(rows, row -> row.isThread() && row.tree().length() <= LONGEST_ALIGNED ? row.tree() : "");
        int kind = width(rows, Row::kind);
        int state = width(rows, Row::state);
        int frame = width(rows, Row::frame);
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            String line = !row.isThread() ? row.tree()
                    : pad(row.tree(), tree) + GAP + pad(row.kind(), kind) + GAP + pad(row.state(), state) + GAP
                            + pad(row.frame(), frame) + GAP + row.waits();
            text.append(line.stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static int width(List<Row> rows, Function<Row, String> column) {
        return rows.stream().mapToInt(row -> column.apply(row).length()).max().orElse(0);
    }

    private static void flatten(Node node, String prefix, String childPrefix, List<Row> rows) {
        Row row = node.row();
        rows.add(new Row(prefix + row.tree(), row.kind(), row.state(), row.frame(), row.waits()));
        for (int i = 0; i < node.children().size(); i++) {
            boolean last = i == node.children().size() - 1;
            flatten(node.children().get(i), childPrefix + (last ? LAST : BRANCH), childPrefix + (last ? SPACE : PIPE), rows);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
