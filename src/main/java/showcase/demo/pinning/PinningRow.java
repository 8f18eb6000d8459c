package showcase.demo.pinning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One construct as measured in the child JVM: how long its threads took on one carrier, and the
 * {@code jdk.VirtualThreadPinned} events JFR recorded for them, with the reason, the blocking
 * operation and the first frame of ours in the first event. Sent to the parent as one line.
 */
public record PinningRow(Construct construct, int threads, Duration hold, Duration wall, int pinnedEvents,
        String pinnedReason, String blockingOperation, String topFrame) {

    private static final String SEPARATOR = "\t";
    private static final String PREFIX = "row" + SEPARATOR;

    /** What all the threads would take if they ran at once. */
    public Duration ideal() {
        return hold;
    }

    /** What they take if they run one after another: pinned to the one carrier. */
    public Duration serialised() {
        return hold.multipliedBy(threads);
    }

    public boolean pinned() {
        return pinnedEvents > 0;
    }

    String toLine() {
        return PREFIX + String.join(SEPARATOR, construct.id(), Integer.toString(threads), Long.toString(hold.toNanos()),
                Long.toString(wall.toNanos()), Integer.toString(pinnedEvents), pinnedReason, blockingOperation, topFrame);
    }

    /** The row a child line carries; empty for any other line. */
    static Optional<PinningRow> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> fields = List.of(line.substring(PREFIX.length()).split(SEPARATOR, -1));
        if (fields.size() != 8) {
            throw new IllegalArgumentException("a row of the pinning child with " + fields.size() + " fields: " + line);
        }
        return Optional.of(new PinningRow(Construct.byId(fields.get(0)), Integer.parseInt(fields.get(1)),
                Duration.ofNanos(Long.parseLong(fields.get(2))), Duration.ofNanos(Long.parseLong(fields.get(3))),
                Integer.parseInt(fields.get(4)), fields.get(5), fields.get(6), fields.get(7)));
    }
}
