package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.observe.EventRecorder.Event;
import showcase.testing.NoThreadLeftBehind;

/** What a signal hook sees of the tasks running: those of every recorder, not only of the newest. */
@ExtendWith(NoThreadLeftBehind.class)
class EventRecorderTest {

    @Test
    void theTasksRunningAreThoseOfEveryRecorderTillTheyEnd() throws Exception {
        var first = new EventRecorder();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Void> request = executor.submit(first.observe("first-request", () -> {
                started.countDown();
                release.await();
                return null;
            }));
            try {
                assertTrue(started.await(10, TimeUnit.SECONDS));
                new EventRecorder();

                assertTrue(tasksRunning().contains("first-request"), "a newer recorder hides no task: " + tasksRunning());
            } finally {
                release.countDown();
            }
            request.get(10, TimeUnit.SECONDS);
        }
        assertFalse(tasksRunning().contains("first-request"), "an ended task is not running: " + tasksRunning());
    }

    private static List<String> tasksRunning() {
        return EventRecorder.runningEverywhere().orElseThrow().stream().map(Event::task).toList();
    }
}
