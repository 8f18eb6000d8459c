package showcase.server;

import showcase.observe.EventRecorder;

/**
 * Told when a handler takes a request up (with the recorder its tasks will report to) and when it
 * has its answer, before the answer is sent, on the handling thread: how a test sees, from events
 * rather than from timing, which request waited for which and what became of its tasks.
 */
public interface RequestObserver {

    RequestObserver NONE = new RequestObserver() {
        @Override
        public void started(String requestId, String target, Thread thread, EventRecorder tasks) {
        }

        @Override
        public void ended(Exchange exchange) {
        }
    };

    void started(String requestId, String target, Thread thread, EventRecorder tasks);

    void ended(Exchange exchange);
}
