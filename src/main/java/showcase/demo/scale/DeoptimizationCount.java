package showcase.demo.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import showcase.values.Counts;

/**
 * Counts HotSpot's deoptimisations in this JVM with a JFR recording of {@code jdk.Deoptimization}
 * events only, without stack traces, and names the method and reason that deoptimised most.
 * Starting JFR costs a fraction of a second before the run and some memory, which is why a scale
 * child counts only when asked.
 */
final class DeoptimizationCount {

    /** How many, and the most frequent {@code method (reason)}; empty when there were none. */
    record Tally(long count, String mostFrequent) {
    }

    static final String EVENT = "jdk.Deoptimization";

    private final Recording recording = new Recording();

    private DeoptimizationCount() {
        recording.enable(EVENT).withoutStackTrace();
        recording.setToDisk(true);
        recording.start();
    }

    static DeoptimizationCount start() {
        return new DeoptimizationCount();
    }

    /** Stops the recording and counts its events. */
    Tally stop() {
        recording.stop();
        try {
            Path file = Files.createTempFile("scale-deoptimizations", ".jfr");
            try {
                recording.dump(file);
                return tally(file);
            } finally {
                recording.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JFR recording: " + e.getMessage(), e);
        }
    }

    private static Tally tally(Path file) throws IOException {
        Map<String, Long> byMethod = new HashMap<>();
        long count = 0;
        try (var events = new RecordingFile(file)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (event.getEventType().getName().equals(EVENT)) {
                    count++;
                    RecordedMethod method = event.getValue("method");
                    String where = method == null ? "?" : method.getType().getName() + "." + method.getName();
                    byMethod.merge(where + " (" + event.getString("reason") + ")", 1L, Long::sum);
                }
            }
        }
        String mostFrequent = byMethod.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() + ": " + Counts.format(entry.getValue())).orElse("");
        return new Tally(count, mostFrequent);
    }
}
