package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoThreadLeftBehind;

/** The census counts what a run started and finds what it left behind, platform and virtual alike. */
@ExtendWith(NoThreadLeftBehind.class)
class ThreadCensusTest {

    private static final Duration GRACE = Duration.ofMillis(200);

    @Test
    void countsThePlatformThreadsARunStartedAndTheVirtualThreadsThatRanItsTasks() throws Exception {
        var recorder = new EventRecorder();
        var census = ThreadCensus.begin();
        for (int i = 0; i < 3; i++) {
            Thread.ofPlatform().start(() -> { }).join();
        }
        for (String task : List.of("a", "b")) {
            Thread.ofVirtual().start(() -> call(recorder.observe(task, () -> task))).join();
        }

        ThreadCensus.Count count = census.end(recorder, GRACE);

        assertEquals(3, count.platformStarted());
        assertEquals(2, count.virtualStarted());
        assertEquals(List.of(), count.alive());
    }

    @Test
    void namesTheThreadsOfTheRunStillAliveAfterTheGrace() throws Exception {
        var release = new CountDownLatch(1);
        var census = ThreadCensus.begin();
        Thread lingering = Thread.ofPlatform().name("lingering").start(() -> await(release));
        try {
            assertEquals(List.of(lingering), census.leftAlive(List.of(), GRACE));
        } finally {
            release.countDown();
            lingering.join();
        }
        assertEquals(List.of(), census.leftAlive(List.of(), GRACE));
    }

    private static void call(java.util.concurrent.Callable<String> task) {
        try {
            task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
