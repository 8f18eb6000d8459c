package showcase.server.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.observe.EventRecorder;
import showcase.server.Exchange;
import showcase.server.RequestObserver;
import showcase.server.ServerSettings;
import showcase.server.ShowcaseServer;
import showcase.server.ThreadMode;
import showcase.testing.NoThreadLeftBehind;

/** One window of load against a server in this JVM: every client counted, the window's end cancels them all. */
@ExtendWith(NoThreadLeftBehind.class)
class LoadRunTest {

    private static final Duration HELLO = Duration.ofMillis(20);
    private static final Duration WORLD = Duration.ofMillis(40);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

    private static ShowcaseServer server() throws Exception {
        return server(RequestObserver.NONE);
    }

    private static ShowcaseServer server(RequestObserver observer) throws Exception {
        return ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0, HELLO, WORLD),
                observer);
    }

    @Test
    void clientsRunUntilTheWindowClosesAndEachIsCaughtInItsLastRequest() throws Exception {
        var ticks = new AtomicInteger();
        // Thread.getAllStackTraces() lists platform threads only: seen there, the probe is not a virtual thread.
        var probeOnAPlatformThread = new AtomicBoolean();
        LoadResult result;
        try (var server = server()) {
            result = LoadRun.run("virtual", server.uri(), 20, Duration.ofSeconds(1), Duration.ZERO, CLIENT_TIMEOUT,
                    (elapsed, ok, failed) -> {
                        ticks.incrementAndGet();
                        if (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("health-probe"))) {
                            probeOnAPlatformThread.set(true);
                        }
                    });
        }

        assertAll(
                () -> assertTrue(result.ok() > 0, "answers: " + result.ok()),
                () -> assertEquals(result.ok(), result.hello().count(), "every answer's latency recorded"),
                () -> assertEquals(0, result.errors()),
                () -> assertEquals(0, result.timeouts()),
                () -> assertEquals(20, result.inFlightAtEnd(), "each client was in a request when the window closed"),
                () -> assertTrue(result.hello().millisAt(0) >= WORLD.toMillis(),
                        "no answer can come before world has slept: " + result.hello().millisAt(0)),
                () -> assertTrue(result.health().count() > 0, "the probe was answered"),
                () -> assertTrue(ticks.get() > 0, "the ticker ticked"),
                () -> assertTrue(probeOnAPlatformThread.get(), "the probe ran on a platform thread of its own"),
                () -> assertEquals(Duration.ofSeconds(1), result.window()));
    }

    /**
     * Ctrl-C in the middle of a window: the run ends with the InterruptedException, without
     * waiting for its HTTP client to wind down, well within the 300 ms the signal hook gives
     * the program, and leaves no thread.
     */
    @Test
    void anInterruptEndsTheRunAtOnceAndIsPassedOn() throws Exception {
        var windowOpen = new CountDownLatch(1);
        try (var server = server()) {
            var run = new FutureTask<>(() -> LoadRun.run("virtual", server.uri(), 20, Duration.ofMinutes(1),
                    Duration.ZERO, CLIENT_TIMEOUT, (elapsed, ok, failed) -> windowOpen.countDown()));
            Thread load = Thread.ofPlatform().name("load").start(run);
            assertTrue(windowOpen.await(20, TimeUnit.SECONDS), "the window opened");

            long interrupted = System.nanoTime();
            load.interrupt();
            ExecutionException ended = assertThrows(ExecutionException.class, () -> run.get(20, TimeUnit.SECONDS));
            Duration took = Duration.ofNanos(System.nanoTime() - interrupted);
            load.join();

            assertInstanceOf(InterruptedException.class, ended.getCause());
            assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "ended " + took + " after the interrupt");
        }
    }

    /**
     * Seen from the server: how long after it took up the first {@code /hello} it first had
     * every client in a request at once. Started together, the clients are all there at once;
     * ramped, the last cannot send its first request before the ramp has passed.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, 600})
    void aRampStartsTheClientsOneAfterAnother(long rampMillis) throws Exception {
        int clients = 5;
        var inFlight = new AtomicInteger();
        var firstTakenUp = new AtomicLong();
        var everyClientIn = new AtomicLong();
        var observer = new RequestObserver() {
            @Override
            public void started(String requestId, String target, Thread thread, EventRecorder tasks) {
                if (target.equals("GET /hello")) {
                    long now = System.nanoTime();
                    firstTakenUp.compareAndSet(0, now);
                    if (inFlight.incrementAndGet() == clients) {
                        everyClientIn.compareAndSet(0, now);
                    }
                }
            }

            @Override
            public void ended(Exchange exchange) {
                if (exchange.target().equals("GET /hello")) {
                    inFlight.decrementAndGet();
                }
            }
        };
        try (var server = server(observer)) {
            LoadRun.run("virtual", server.uri(), clients, Duration.ofMillis(1500), Duration.ofMillis(rampMillis),
                    CLIENT_TIMEOUT, (elapsed, ok, failed) -> { });
        }

        assertNotEquals(0, everyClientIn.get(), "every client was in a request at once");
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(everyClientIn.get() - firstTakenUp.get());
        // Half the ramp: the first request may itself come late, on a loaded machine, after its connection.
        if (rampMillis == 0) {
            assertTrue(tookMillis < 300, "started together, all in after " + tookMillis + " ms");
        } else {
            assertTrue(tookMillis >= rampMillis / 2, "ramped over " + rampMillis + " ms, all in after " + tookMillis + " ms");
        }
    }
}
