package showcase.server;

import java.util.List;
import java.util.Map;
import showcase.observe.EventRecorder.Event;

/** What a request is answered: a status and a JSON body, with what its tasks did (none for most endpoints). */
record Outcome(int status, Map<String, Object> body, List<Event> tasks) {

    static Outcome of(int status, Map<String, Object> body) {
        return new Outcome(status, body, List.of());
    }

    /** The body's {@code error}, for the log; empty for a success. */
    String error() {
        return body.get("error") instanceof String error ? error : "";
    }
}
