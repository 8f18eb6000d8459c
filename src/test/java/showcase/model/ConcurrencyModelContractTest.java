package showcase.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.ThreadCensus;
import showcase.testing.NoThreadLeftBehind;

/** The gather contract, checked once per model from recorded events rather than from timings. */
@ExtendWith(NoThreadLeftBehind.class)
class ConcurrencyModelContractTest {

    private static final Duration RENDEZVOUS_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private enum Threads { VIRTUAL, PLATFORM, CALLER }

    /** What each model is known to run its tasks on. */
    private static final Map<String, Threads> RUNS_ON = Map.of(
            "structured", Threads.VIRTUAL,
            "structured-platform", Threads.PLATFORM,
            "virtual-executor", Threads.VIRTUAL,
            "platform-threads", Threads.PLATFORM,
            "fixed-pool", Threads.PLATFORM,
            "completable-future", Threads.PLATFORM,
            "sequential", Threads.CALLER);

    static Stream<ConcurrencyModel> models() {
        return Models.all().stream();
    }

    private static boolean concurrent(ConcurrencyModel model) {
        return RUNS_ON.get(model.name()) != Threads.CALLER;
    }

    private static Callable<String> sleepThen(long millis, String result) {
        return () -> {
            Thread.sleep(millis);
            return result;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyModelIsDescribedHere(ConcurrencyModel model) {
        assertTrue(RUNS_ON.containsKey(model.name()), "no expectations written for " + model.name());
        assertTrue(FIRST_TO_FINISH_FAILS.containsKey(model.name()) && ALL_FAIL.containsKey(model.name()),
                "no race expectations written for " + model.name());
    }

    /**
     * The second task ends first, for certain: the first waits until the second has ended (models
     * that run tasks at once) before it returns. The results still come in task order.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void returnsResultsInTaskOrderNotCompletionOrder(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        var fastEnded = new CountDownLatch(1);
        Callable<String> fast = recorder.observe("fast", () -> "second");
        Callable<String> slow = recorder.observe("slow", () -> {
            if (concurrent(model)) {
                assertTrue(fastEnded.await(RENDEZVOUS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "fast never ended");
            }
            return "first";
        });
        Callable<String> fastThenSignal = () -> {
            try {
                return fast.call();
            } finally {
                fastEnded.countDown();
            }
        };

        List<String> results = model.all(List.of(slow, fastThenSignal));

        assertEquals(List.of("first", "second"), results);
        if (concurrent(model)) {
            assertTrue(recorder.end("fast").orElseThrow().nanos() < recorder.end("slow").orElseThrow().nanos(),
                    "the second task ended first, yet its result comes second");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aGatherThatEndsBeforeItsDeadlineReturnsEveryResult(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        List<String> results = model.all(List.of(recorder.observe("a", sleepThen(10, "A")),
                recorder.observe("b", sleepThen(20, "B"))), Duration.ofSeconds(5));

        assertEquals(List.of("A", "B"), results);
        assertTrue(recorder.events().stream().noneMatch(e -> e.kind() == EventRecorder.Kind.INTERRUPTED),
                "nothing is cancelled before the deadline: " + recorder.events());
    }

    /** What each model's race gives when the first task to finish fails and the other succeeds later. */
    private static final Map<String, String> FIRST_TO_FINISH_FAILS = Map.of(
            "structured", "B",
            "structured-platform", "B",
            "virtual-executor", "B",
            "platform-threads", "B",
            "fixed-pool", "B",
            "completable-future", "CompletionException",
            "sequential", "B");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aRaceIsWonByTheFirstSuccessNotTheFirstToFinishUnlessTheApiSaysOtherwise(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        List<Callable<String>> tasks = List.of(recorder.observe("a", failAfter(10)), recorder.observe("b", sleepThen(40, "B")));

        String expected = FIRST_TO_FINISH_FAILS.get(model.name());
        if (expected.equals("B")) {
            assertEquals("B", model.any(tasks));
        } else {
            Exception failure = assertThrows(Exception.class, () -> model.any(tasks));
            assertEquals(expected, failure.getClass().getSimpleName(), "anyOf completes with the first to complete");
        }
        recorder.awaitAllEnded(EXIT_GRACE);
    }

    /** The exception each model's race lets out when every task fails, and its cause. */
    private static final Map<String, String> ALL_FAIL = Map.of(
            "structured", "FailedException (IllegalStateException)",
            "structured-platform", "FailedException (IllegalStateException)",
            "virtual-executor", "ExecutionException (IllegalStateException)",
            "platform-threads", "ExecutionException (IllegalStateException)",
            "fixed-pool", "ExecutionException (IllegalStateException)",
            "completable-future", "CompletionException (IllegalStateException)",
            "sequential", "IllegalStateException (none)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aRaceWhereEveryTaskFailsThrowsWhatTheApiThrows(ConcurrencyModel model) {
        List<Callable<String>> tasks = List.of(failAfter(10), failAfter(20));

        Exception failure = assertThrows(Exception.class, () -> model.any(tasks));

        String cause = failure.getCause() == null ? "none" : failure.getCause().getClass().getSimpleName();
        assertEquals(ALL_FAIL.get(model.name()), failure.getClass().getSimpleName() + " (" + cause + ")");
    }

    /** The two models written by hand keep every failure of a race nobody won: the first as the cause, the rest suppressed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform-threads", "sequential"})
    void aRaceNobodyWonKeepsEveryFailure(String name) {
        List<Callable<String>> tasks = List.of(failAfter(10, "first"), failAfter(60, "second"));

        Exception failure = assertThrows(Exception.class, () -> Models.named(name).orElseThrow().any(tasks));

        Throwable first = failure.getCause() == null ? failure : failure.getCause();
        assertEquals("first", first.getMessage());
        assertEquals(List.of("second"), Arrays.stream(failure.getSuppressed()).map(Throwable::getMessage).toList());
    }

    @Test
    void sequentialChecksTheDeadlineBeforeEachTaskAndStartsNoneOnceItHasPassed() {
        var recorder = new EventRecorder();
        List<Callable<String>> tasks = List.of(recorder.observe("a", sleepThen(30, "A")), recorder.observe("b", sleepThen(10, "B")));

        assertThrows(TimeoutException.class, () -> Models.named("sequential").orElseThrow().all(tasks, Duration.ofMillis(10)));
        assertEquals(EventRecorder.Kind.FINISHED, recorder.end("a").orElseThrow().kind(), "a deadline cannot stop a task inside");
        assertTrue(recorder.start("b").isEmpty(), "b would start after the deadline");
    }

    private static Callable<String> failAfter(long millis) {
        return failAfter(millis, "fails on purpose");
    }

    private static Callable<String> failAfter(long millis, String message) {
        return () -> {
            Thread.sleep(millis);
            throw new IllegalStateException(message);
        };
    }

    /** Two tasks that each wait for the other can only both finish if they ran at the same time. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void runsBothTasksAtOnceUnlessSequential(ConcurrencyModel model) throws Exception {
        var barrier = new CyclicBarrier(2);
        var recorder = new EventRecorder();
        Callable<String> meet = () -> {
            barrier.await(RENDEZVOUS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return "met";
        };
        List<Callable<String>> tasks = List.of(recorder.observe("a", meet), recorder.observe("b", meet));

        if (concurrent(model)) {
            assertEquals(List.of("met", "met"), model.all(tasks));
            Event startA = recorder.start("a").orElseThrow();
            Event startB = recorder.start("b").orElseThrow();
            Event endA = recorder.end("a").orElseThrow();
            Event endB = recorder.end("b").orElseThrow();
            assertAll("each task started before the other ended",
                    () -> assertTrue(startA.nanos() < endB.nanos()),
                    () -> assertTrue(startB.nanos() < endA.nanos()));
        } else {
            Exception failure = assertThrows(Exception.class, () -> model.all(tasks));
            assertEquals(TimeoutException.class, failure.getClass(), "the lone task waits in vain for its partner");
            assertTrue(recorder.start("b").isEmpty(), "b must not start before a has ended");
        }
    }

    @Test
    void sequentialStartsEachTaskOnlyAfterThePreviousEnded() throws Exception {
        var recorder = new EventRecorder();
        Models.named("sequential").orElseThrow()
                .all(List.of(recorder.observe("a", sleepThen(20, "A")), recorder.observe("b", sleepThen(20, "B"))));

        assertTrue(recorder.end("a").orElseThrow().nanos() <= recorder.start("b").orElseThrow().nanos());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void runsTasksOnTheThreadsItsModelPromises(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        model.all(List.of(recorder.observe("a", sleepThen(10, "A")), recorder.observe("b", sleepThen(10, "B"))));

        List<Thread> used = recorder.threads();
        Thread caller = Thread.currentThread();
        switch (RUNS_ON.get(model.name())) {
            case VIRTUAL -> assertTrue(used.size() == 2 && used.stream().allMatch(Thread::isVirtual),
                    "expected two virtual threads, got " + used);
            case PLATFORM -> assertTrue(used.size() == 2
                            && used.stream().noneMatch(Thread::isVirtual) && !used.contains(caller),
                    "expected two platform threads other than the caller, got " + used);
            case CALLER -> assertEquals(List.of(caller), used);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void leavesNoThreadOfTheRunAlive(ConcurrencyModel model) throws Exception {
        var recorder = new EventRecorder();
        var census = ThreadCensus.begin();
        model.all(List.of(recorder.observe("a", sleepThen(20, "A")), recorder.observe("b", sleepThen(40, "B"))));

        assertEquals(List.of(), census.end(recorder, EXIT_GRACE).alive());
    }
}
