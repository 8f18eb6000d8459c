package showcase.demo.pinning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The child JVM of {@code pinning}, started with one carrier thread: for each construct, N
 * virtual threads block inside it at once while JFR records {@code jdk.VirtualThreadPinned};
 * then it reads its own recording back and prints one {@link PinningRow} line per construct.
 * Arguments: threads, hold in milliseconds, then the constructs' ids.
 */
public final class PinningChild {

    /** JFR's default threshold for the event, set explicitly: a pin shorter than this is not recorded. */
    private static final Duration THRESHOLD = Duration.ofMillis(20);
    private static final String EVENT = "jdk.VirtualThreadPinned";

    private PinningChild() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        Duration hold = Duration.ofMillis(Long.parseLong(args[1]));
        List<Construct> constructs = Arrays.stream(args).skip(2).map(Construct::byId).toList();
        // JFR's start, the first virtual threads, the FFM linker's stubs: each costs time once, so pay it before measuring.
        measure(Construct.SLEEP, 1, Duration.ofMillis(1));
        for (Construct construct : constructs) {
            Thread.ofVirtual().start(() -> {
                try {
                    construct.hold(Duration.ZERO);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).join();
        }
        for (Construct construct : constructs) {
            System.out.println(measure(construct, threads, hold).toLine());
        }
    }

    static PinningRow measure(Construct construct, int threads, Duration hold) throws IOException, InterruptedException {
        Path file = Files.createTempFile("pinning-" + construct.id(), ".jfr");
        try (var recording = new Recording()) {
            recording.enable(EVENT).withThreshold(THRESHOLD).withStackTrace();
            recording.start();
            long start = System.nanoTime();
            try (var scope = StructuredTaskScope.open(Joiner.<Void>awaitAllSuccessfulOrThrow(),
                    config -> config.withThreadFactory(Thread.ofVirtual().name(construct.id() + "-", 1).factory()))) {
                for (int i = 0; i < threads; i++) {
                    scope.fork(() -> {
                        construct.hold(hold);
                        return null;
                    });
                }
                scope.join();
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            recording.stop();
            recording.dump(file);
            List<RecordedEvent> pinned = RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.getEventType().getName().equals(EVENT) && ours(event, construct))
                    .toList();
            Optional<RecordedEvent> first = pinned.stream().findFirst();
            return new PinningRow(construct, threads, hold, wall, pinned.size(),
                    first.map(event -> text(event, "pinnedReason")).orElse("-"),
                    first.map(event -> text(event, "blockingOperation")).orElse("-"),
                    first.map(PinningChild::topFrame).orElse("-"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean ours(RecordedEvent event, Construct construct) {
        RecordedThread thread = event.getThread();
        return thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith(construct.id() + "-");
    }

    private static String text(RecordedEvent event, String field) {
        String value = event.hasField(field) ? event.getString(field) : null;
        return value == null || value.isBlank() ? "-" : value.replace('\t', ' ');
    }

    /** The first frame of ours: the JDK's own frames on top say how it blocked, not where. */
    private static String topFrame(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return "-";
        }
        return event.getStackTrace().getFrames().stream()
                .filter(frame -> frame.getMethod().getType().getName().startsWith("showcase."))
                .findFirst().map(PinningChild::describe).orElse("-");
    }

    private static String describe(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
