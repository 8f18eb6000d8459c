package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import showcase.testing.LiveVirtualThreads;

/** The leak check's eyes: a parked virtual thread shows in the thread dump, and is gone once it ends. */
class LiveVirtualThreadsTest {

    @Test
    void seesAParkedVirtualThreadByIdAndNameUntilItEnds() throws Exception {
        var release = new CountDownLatch(1);
        Thread parked = Thread.ofVirtual().name("parked \"quoted\"").start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertEquals("parked \"quoted\"", LiveVirtualThreads.now().get(parked.threadId()), "the name as the thread has it");
        } finally {
            release.countDown();
            parked.join();
        }
        assertFalse(LiveVirtualThreads.now().containsKey(parked.threadId()));
    }
}
