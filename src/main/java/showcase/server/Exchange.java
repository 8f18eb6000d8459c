package showcase.server;

import java.util.List;
import showcase.observe.EventRecorder.Event;

/**
 * One request as the server saw it: its id, what was asked, the status answered, the thread that
 * handled it, when the handler began and ended ({@code System.nanoTime()}), and what its tasks did.
 */
public record Exchange(String requestId, String target, int status, Thread thread, long startNanos, long endNanos,
        List<Event> tasks) {
}
