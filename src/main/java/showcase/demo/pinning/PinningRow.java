package showcase.demo.pinning;

import java.time.Duration;
import java.util.Optional;
import showcase.child.KeyValueLine;

/**
 * One construct as measured in the child JVM: how long its threads took on one carrier, and the
 * {@code jdk.VirtualThreadPinned} events JFR recorded for them, with the reason, the blocking
 * operation and the first frame of ours in the first event. Sent to the parent as one line.
 */
public record PinningRow(Construct construct, int threads, Duration hold, Duration wall, int pinnedEvents,
        String pinnedReason, String blockingOperation, String topFrame) {

    private static final String KIND = "row";

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
        return KeyValueLine.of(KIND).with("construct", construct.id()).with("threads", threads)
                .with("holdNanos", hold.toNanos()).with("wallNanos", wall.toNanos()).with("pinnedEvents", pinnedEvents)
                .with("pinnedReason", pinnedReason).with("blockingOperation", blockingOperation).with("topFrame", topFrame)
                .line();
    }

    /** The row a child line carries; empty for any other line. */
    static Optional<PinningRow> parse(String line) {
        return KeyValueLine.parse(line).filter(fields -> fields.kind().equals(KIND)).map(fields -> new PinningRow(
                Construct.byId(fields.text("construct").orElseThrow()),
                Math.toIntExact(fields.number("threads").orElseThrow()),
                Duration.ofNanos(fields.number("holdNanos").orElseThrow()),
                Duration.ofNanos(fields.number("wallNanos").orElseThrow()),
                Math.toIntExact(fields.number("pinnedEvents").orElseThrow()),
                fields.text("pinnedReason").orElseThrow(), fields.text("blockingOperation").orElseThrow(),
                fields.text("topFrame").orElseThrow()));
    }
}
