package showcase.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/**
 * Each endpoint's contract against a real Jetty server on an ephemeral port, in both thread modes.
 * What happened inside the server is read from its recorded events (which task was interrupted,
 * which request waited for which), not from how long anything took.
 */
@ExtendWith(NoThreadLeftBehind.class)
class ShowcaseServerTest {

    private static final Duration SHORT = Duration.ofMillis(20);
    private static final Duration LONG = Duration.ofSeconds(30);

    private ShowcaseServer server;
    private Http http;
    private final RecordingObserver observer = new RecordingObserver();

    private void start(ThreadMode mode, int pool, Duration helloDelay, Duration worldDelay) throws Exception {
        server = ShowcaseServer.start(new ServerSettings(mode, pool, OptionalInt.empty(), 0, helloDelay, worldDelay),
                observer);
        http = new Http(server.uri());
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void helloGathersBothTasksOnThreadsOfTheMode(ThreadMode mode) throws Exception {
        start(mode, 4, SHORT, Duration.ofMillis(40));

        HttpResponse<String> response = http.get("/hello");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("content-type").orElseThrow());
        String requestId = Http.field(response.body(), "requestId");
        Exchange exchange = observer.exchange(requestId);
        assertAll(
                () -> assertEquals("[\"Hello\",\"World\"]", Http.field(response.body(), "greetings")),
                () -> assertTrue(Http.field(response.body(), "thread").startsWith(mode.id() + "#"), response.body()),
                () -> assertEquals(mode == ThreadMode.VIRTUAL, exchange.thread().isVirtual()),
                () -> assertEquals(List.of(Kind.FINISHED, Kind.FINISHED), endings(exchange)),
                () -> assertTrue(exchange.tasks().stream().allMatch(e -> e.thread().isVirtual() == (mode == ThreadMode.VIRTUAL)),
                        "the scope forks threads of the mode: " + exchange.tasks()));
    }

    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void aDeadlineCancelsTheScopeInterruptsWorldAndAnswers504(ThreadMode mode) throws Exception {
        start(mode, 4, SHORT, LONG);

        HttpResponse<String> response = http.get("/hello?deadline=100ms");

        assertEquals(504, response.statusCode(), response.body());
        Exchange exchange = observer.exchange(Http.field(response.body(), "requestId"));
        assertAll(
                () -> assertEquals("[\"world\"]", Http.field(response.body(), "interrupted")),
                () -> assertEquals(Kind.FINISHED, ending(exchange, "hello")),
                () -> assertEquals(Kind.INTERRUPTED, ending(exchange, "world")),
                () -> assertTrue(Http.field(response.body(), "error").contains("deadline of 100ms"), response.body()));
    }

    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void helloFailingInterruptsWorldAndAnswers500(ThreadMode mode) throws Exception {
        start(mode, 4, SHORT, LONG);

        HttpResponse<String> response = http.get("/hello?fail=hello");

        assertEquals(500, response.statusCode(), response.body());
        Exchange exchange = observer.exchange(Http.field(response.body(), "requestId"));
        assertAll(
                () -> assertEquals(Kind.FAILED, ending(exchange, "hello")),
                () -> assertEquals(Kind.INTERRUPTED, ending(exchange, "world")),
                () -> assertEquals("[\"world\"]", Http.field(response.body(), "interrupted")),
                () -> assertEquals("hello failed: failed on purpose after 20 ms", Http.field(response.body(), "error")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /hello?deadline=soon      | 400 | deadline 'soon' is not a duration
            /hello?deadline=0         | 400 | deadline '0' must be above zero
            /hello?fail=everyone      | 400 | fail 'everyone' names no task
            /hello?colour=red         | 400 | unknown parameter 'colour'
            /hello?fail=hello&fail=world | 400 | fail is given 2 times
            /goodbye                  | 404 | no such endpoint: /goodbye
            """)
    void badRequestsGetJsonNamingTheProblemAndNoStackTrace(String target, int status, String error) throws Exception {
        start(ThreadMode.VIRTUAL, 4, SHORT, SHORT);

        HttpResponse<String> response = http.get(target);

        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.field(response.body(), "error").startsWith(error), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        if (status == 400) {
            assertFalse(Http.field(response.body(), "valid").isBlank(), "the valid form: " + response.body());
        }
    }

    /** Requests the JDK's client refuses to send, written on a socket: Jetty's own errors are JSON too. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /hello?deadline=%zz HTTP/1.1", "GARBAGE"})
    void whatNeverReachesAnEndpointIsAnsweredInJsonToo(String requestLine) throws Exception {
        start(ThreadMode.VIRTUAL, 4, SHORT, SHORT);

        String response;
        try (var socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertTrue(response.contains("Content-Type: application/json"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertFalse(Http.field(body, "error").isBlank(), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }

    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void healthAnswersAtOnceFromAThreadOfTheMode(ThreadMode mode) throws Exception {
        start(mode, 4, SHORT, SHORT);

        HttpResponse<String> response = http.get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("up", Http.field(response.body(), "status"));
        assertTrue(Http.field(response.body(), "thread").startsWith(mode.id() + "#"), response.body());
    }

    /**
     * Two platform threads, four requests sleeping in them: /health is queued behind them, and a
     * thread frees up for it only when a /hello has ended. Its handler starting after that end is
     * causality, not timing.
     */
    @Test
    void onAPoolOfTwoPlatformThreadsHealthWaitsForAHelloToEnd() throws Exception {
        start(ThreadMode.PLATFORM, 2, Duration.ofMillis(100), Duration.ofMillis(150));
        List<CompletableFuture<HttpResponse<String>>> hellos = IntStream.range(0, 4).mapToObj(i -> http.getAsync("/hello"))
                .toList();
        observer.awaitStarts("GET /hello", 2);

        HttpResponse<String> health = http.get("/health");

        assertEquals(200, health.statusCode());
        Exchange probe = observer.exchanges("GET /health").getFirst();
        long firstHelloEnd = observer.exchanges("GET /hello").stream().mapToLong(Exchange::endNanos).min()
                .orElseThrow(() -> new AssertionError("/health answered while every /hello was still running"));
        assertTrue(probe.startNanos() > firstHelloEnd, "/health began only once a /hello had ended");
        for (var hello : hellos) {
            assertEquals(200, hello.join().statusCode());
        }
    }

    /** The same pool of two, in virtual mode: the pool only does Jetty's I/O, and /health answers while all four sleep. */
    @Test
    void onVirtualThreadsHealthAnswersWhileFourHellosSleep() throws Exception {
        start(ThreadMode.VIRTUAL, 2, Duration.ofSeconds(1), Duration.ofSeconds(1));
        List<CompletableFuture<HttpResponse<String>>> hellos = IntStream.range(0, 4).mapToObj(i -> http.getAsync("/hello"))
                .toList();
        observer.awaitStarts("GET /hello", 4);

        HttpResponse<String> health = http.get("/health");

        assertEquals(200, health.statusCode());
        Exchange probe = observer.exchanges("GET /health").getFirst();
        assertTrue(observer.exchanges("GET /hello").isEmpty(), "no /hello had ended when /health answered");
        assertTrue(probe.thread().isVirtual());
        for (var hello : hellos) {
            assertEquals(200, hello.join().statusCode());
        }
        long firstHelloEnd = observer.exchanges("GET /hello").stream().mapToLong(Exchange::endNanos).min().orElseThrow();
        assertTrue(probe.endNanos() < firstHelloEnd);
    }

    /** A stop cancels the scope in flight: both tasks interrupted, the client told 503, no thread left behind. */
    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void closingCancelsTheRequestsInFlightAndLeavesNoThread(ThreadMode mode) throws Exception {
        start(mode, 4, LONG, LONG);
        CompletableFuture<HttpResponse<String>> hello = http.getAsync("/hello");
        assertTrue(observer.first("GET /hello").tasks().awaitStarts(2, Duration.ofSeconds(20)), "both tasks started");

        long closing = System.nanoTime();
        server.close();
        Duration took = Duration.ofNanos(System.nanoTime() - closing);
        server = null;

        Exchange exchange = observer.exchanges("GET /hello").getFirst();
        assertAll(
                () -> assertEquals(503, exchange.status()),
                () -> assertEquals(List.of(Kind.INTERRUPTED, Kind.INTERRUPTED), endings(exchange)),
                () -> assertFalse(exchange.thread().isAlive() && exchange.thread().isVirtual(),
                        "the request's virtual thread has ended"),
                () -> assertTrue(exchange.tasks().stream().map(Event::thread).noneMatch(Thread::isAlive),
                        "no task thread is alive"),
                () -> assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "stopped in " + took));
        assertTrue(hello.handle((response, failure) -> failure != null || response.statusCode() == 503).join(),
                "the client got 503 or a closed connection");
    }

    /**
     * A request that will not leave (it ignores the interrupt, held in its observer) cannot hold
     * the stop up: the stop waits for it only its share of the budget, stops Jetty anyway and says
     * so, well within the 300 ms after which the signal hook lets the JVM exit.
     */
    @ParameterizedTest
    @EnumSource(ThreadMode.class)
    void aRequestThatWillNotLeaveDoesNotHoldTheStopUp(ThreadMode mode) throws Exception {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        server = ShowcaseServer.start(new ServerSettings(mode, 4, OptionalInt.empty(), 0, SHORT, SHORT),
                new RequestObserver() {
                    @Override
                    public void started(String requestId, String target, Thread thread, EventRecorder tasks) {
                    }

                    @Override
                    public void ended(Exchange exchange) {
                        held.countDown();
                        awaitIgnoringInterrupts(release);
                    }
                });
        http = new Http(server.uri());
        CompletableFuture<HttpResponse<String>> health = http.getAsync("/health");
        assertTrue(held.await(20, TimeUnit.SECONDS), "the request is held");

        long closing = System.nanoTime();
        List<String> log;
        try {
            log = CapturedStderr.lines(server::close);
        } finally {
            release.countDown();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - closing);
        server = null;

        assertTrue(log.stream().anyMatch(line -> line.contains("1 in flight cancelled, some still running after")),
                String.join("\n", log));
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "stopped in " + took);
        assertTrue(health.handle((response, failure) -> failure != null).join(), "the held request's connection was closed");
    }

    // Up to LONG: should the stop wait for the request after all, the test fails on its time instead of hanging.
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        long deadline = System.nanoTime() + LONG.toNanos();
        boolean interrupted = false;
        while (latch.getCount() > 0 && deadline - System.nanoTime() > 0) {
            try {
                latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aPortInUseIsRefusedWithItsNumber() throws Exception {
        start(ThreadMode.VIRTUAL, 4, SHORT, SHORT);

        PortUnavailable refused = assertThrows(PortUnavailable.class, () -> ShowcaseServer.start(
                new ServerSettings(ThreadMode.PLATFORM, 4, OptionalInt.empty(), server.uri().getPort(), SHORT, SHORT),
                RequestObserver.NONE));

        assertTrue(refused.getMessage().startsWith("port " + server.uri().getPort() + " cannot be listened on"), refused.getMessage());
    }

    @Test
    void aHealthPortInUseIsRefusedAsTheHealthPort() throws Exception {
        start(ThreadMode.VIRTUAL, 4, SHORT, SHORT);

        PortUnavailable refused = assertThrows(PortUnavailable.class, () -> ShowcaseServer.start(new ServerSettings(
                ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0, SHORT, SHORT, OptionalInt.of(server.uri().getPort())),
                RequestObserver.NONE));

        assertTrue(refused.getMessage().startsWith("port " + server.uri().getPort() + " cannot be listened on"), refused.getMessage());
        assertTrue(refused.getMessage().contains("choose another with --health-port"), refused.getMessage());
    }

    /**
     * As many virtual threads as carriers, computing without end, leave no carrier for a request's
     * virtual thread: /health on the main port waits, on the health port its own platform threads answer.
     */
    @Test
    void theHealthPortAnswersWhileEveryCarrierIsBusy() throws Exception {
        server = ShowcaseServer.start(new ServerSettings(ThreadMode.VIRTUAL, 4, OptionalInt.empty(), 0, SHORT, SHORT,
                OptionalInt.of(0)), observer);
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        var spinning = new CountDownLatch(carriers);
        var stop = new AtomicBoolean();
        List<Thread> spinners = IntStream.range(0, carriers).mapToObj(i -> Thread.ofVirtual().start(() -> {
            spinning.countDown();
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        })).toList();
        try {
            assertTrue(spinning.await(5, TimeUnit.SECONDS), "every carrier taken");
            String answer = rawHealthCheck(server.healthUri().orElseThrow().getPort(), Duration.ofSeconds(5));

            assertAll(
                    () -> assertTrue(answer.startsWith("HTTP/1.1 200"), answer),
                    () -> assertTrue(answer.contains("\"thread\":\"platform#"), answer),
                    () -> assertThrows(SocketTimeoutException.class,
                            () -> rawHealthCheck(server.uri().getPort(), Duration.ofMillis(300)), "the main port waits"));
        } finally {
            stop.set(true);
            for (Thread spinner : spinners) {
                spinner.join();
            }
        }
    }

    // From this platform thread, by hand: the test's HttpClient runs on virtual threads, which get no carrier here.
    private static String rawHealthCheck(int port, Duration timeout) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static List<Kind> endings(Exchange exchange) {
        return exchange.tasks().stream().filter(event -> event.kind().ends())
                .sorted(Comparator.comparing(Event::task)).map(Event::kind).toList();
    }

    private static Kind ending(Exchange exchange, String task) {
        return exchange.tasks().stream().filter(event -> event.task().equals(task) && event.kind().ends())
                .map(Event::kind).findFirst().orElseThrow(() -> new AssertionError(task + " never ended: " + exchange));
    }
}
