package showcase.server.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.server.RequestObserver;
import showcase.server.ServerSettings;
import showcase.server.ShowcaseServer;
import showcase.server.ThreadMode;
import showcase.testing.NoThreadLeftBehind;

/** One window of load against a server in this JVM: every client counted, the window's end cancels them all. */
@ExtendWith(NoThreadLeftBehind.class)
class LoadRunTest {

    private static final Duration WORLD = Duration.ofMillis(40);

    @Test
    void clientsRunUntilTheWindowClosesAndEachIsCaughtInItsLastRequest() throws Exception {
        var ticks = new AtomicInteger();
        LoadResult result;
        try (var server = ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0,
                Duration.ofMillis(20), WORLD), RequestObserver.NONE)) {
            result = LoadRun.run("virtual", server.uri(), 20, Duration.ofSeconds(1), Duration.ofSeconds(10),
                    (elapsed, ok, failed) -> ticks.incrementAndGet());
        }

        assertAll(
                () -> assertTrue(result.ok() > 0, "answers: " + result.ok()),
                () -> assertEquals(result.ok(), result.hello().count(), "every answer's latency recorded"),
                () -> assertEquals(0, result.errors()),
                () -> assertEquals(0, result.timeouts()),
                () -> assertEquals(20, result.unfinished(), "each client was in a request when the window closed"),
                () -> assertTrue(result.hello().millisAt(0) >= WORLD.toMillis(),
                        "no answer can come before world has slept: " + result.hello().millisAt(0)),
                () -> assertTrue(result.health().count() > 0, "the probe was answered"),
                () -> assertTrue(ticks.get() > 0, "the ticker ticked"),
                () -> assertEquals(Duration.ofSeconds(1), result.window()));
    }
}
