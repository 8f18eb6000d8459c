package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.observe.Threads;
import showcase.testing.NoThreadLeftBehind;

/** The cap counts threads that have not ended: past it the factory refuses, and an ended thread frees its place. */
@ExtendWith(NoThreadLeftBehind.class)
class CappedThreadFactoryTest {

    @Test
    void refusesPastTheCapAndTakesAgainOnceAThreadHasEnded() throws Exception {
        var factory = new CappedThreadFactory(2);
        var release = new CountDownLatch(1);
        Runnable held = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = factory.newThread(held);
        Thread second = factory.newThread(held);
        first.start();
        second.start();

        var refused = assertThrows(CappedThreadFactory.Refused.class, () -> factory.newThread(held));
        assertTrue(refused.getMessage().contains("platform-thread cap reached: 2 threads"), refused.getMessage());
        assertEquals(Outcome.of(refused).status(), Status.LIMIT);

        release.countDown();
        Threads.joinUninterruptibly(first);
        Thread third = factory.newThread(() -> { });
        assertTrue(!third.isVirtual());
        third.start();
        Threads.joinUninterruptibly(second);
        Threads.joinUninterruptibly(third);
    }
}
