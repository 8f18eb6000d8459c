package showcase.demo.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;

/**
 * Counts HotSpot's deoptimisations in this JVM with a JFR recording of {@code jdk.Deoptimization}
 * events only, without stack traces. Starting JFR costs a fraction of a second before the run and
 * some memory, which is why a scale child counts only when asked.
 */
final class DeoptimizationCount implements AutoCloseable {

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
    long stop() {
        recording.stop();
        try {
            Path file = Files.createTempFile("scale-deoptimizations", ".jfr");
            try {
                recording.dump(file);
                long count = 0;
                try (var events = new RecordingFile(file)) {
                    while (events.hasMoreEvents()) {
                        if (events.readEvent().getEventType().getName().equals(EVENT)) {
                            count++;
                        }
                    }
                }
                return count;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JFR recording: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
