package showcase.demo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.io.Database;
import showcase.io.Downstream;
import showcase.io.Downstream.Ending;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;
import showcase.observe.SiblingFate;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.SharedPostgres;
import showcase.tasks.TaskSpec;

/**
 * The seed's gather over a real query and a real HTTP call, read from the recorded events and
 * from the records of the far ends: what overlapped, what a cancellation reached, and what work
 * was done for nobody.
 */
@ExtendWith(NoThreadLeftBehind.class)
class OverTheNetworkTest {

    private static final TaskSpec HELLO = TaskSpec.hello(Duration.ofMillis(150));
    private static final TaskSpec WORLD = TaskSpec.world(Duration.ofMillis(250));
    private static final Duration DEADLINE = Duration.ofMillis(60);

    private Database db;
    private Downstream downstream;
    private HttpClient http;
    private OverTheNetwork over;

    @BeforeEach
    void start() throws Exception {
        db = SharedPostgres.database();
        downstream = Downstream.start(Downstream.Watch.READS);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        over = new OverTheNetwork(db, downstream, http, DEADLINE);
    }

    @AfterEach
    void stop() {
        http.close();
        downstream.close();
        db.close();
    }

    @Test
    void structuredRunsTheQueryAndTheCallAtOnce() throws Exception {
        NetworkRun run = over.run(model("structured"), IoCase.GATHER, HELLO, WORLD);
        EventRecorder events = run.result().recorder();
        Event helloStart = events.start("hello").orElseThrow();
        Event worldStart = events.start("world").orElseThrow();
        Event helloEnd = events.end("hello").orElseThrow();
        Event worldEnd = events.end("world").orElseThrow();
        assertEquals(Kind.FINISHED, helloEnd.kind());
        assertEquals(Kind.FINISHED, worldEnd.kind());
        assertTrue(worldStart.nanos() < helloEnd.nanos() && helloStart.nanos() < worldEnd.nanos(),
                "the query and the call overlapped: " + events.events());
        assertEquals(Ending.COMPLETED, run.downstream().orElseThrow().ending());
        assertEquals(List.of("Hello", "World"), run.result().result(), "each task's own answer, gathered");
        assertEquals(0, run.pool().active(), "every connection back in the pool");
    }

    @Test
    void sequentialCallsOnlyOnceTheQueryIsOver() throws Exception {
        EventRecorder events = over.run(model("sequential"), IoCase.GATHER, HELLO, WORLD).result().recorder();
        assertTrue(events.end("hello").orElseThrow().nanos() <= events.start("world").orElseThrow().nanos(),
                events.events().toString());
    }

    @Test
    void aStructuredDeadlineClosesTheQuerysSocketAndAbandonsTheCall() throws Exception {
        NetworkRun run = over.run(model("structured"), IoCase.DEADLINE, HELLO, WORLD);
        assertEquals("StructuredTaskScope.TimeoutException", run.result().outcome());
        assertTrue(run.result().siblings().stream().allMatch(s -> s.fate() == SiblingFate.Fate.INTERRUPTED),
                run.result().aftermath());
        assertEquals("08006", run.driverSaid().orElseThrow().getSQLState(), "the driver's socket closed by the interrupt");
        assertTrue(run.server().atReturn().startsWith("active: SELECT pg_sleep"), run.server().toString());
        assertTrue(run.server().activeForMillis() > 0 && run.server().activeForMillis() < HELLO.delay().toMillis(),
                "the server ran the abandoned query on, for the rest of its sleep: " + run.server());
        assertEquals(Ending.ABANDONED, run.downstream().orElseThrow().ending(), "the service saw its client go");
        assertEquals(0, run.pool().active());
    }

    @Test
    void onPlatformThreadsTheSameScopeWaitsForTheQueryItCannotInterrupt() throws Exception {
        NetworkRun run = over.run(model("structured-platform"), IoCase.DEADLINE, HELLO, WORLD);
        SiblingFate hello = fate(run, "hello");
        assertEquals(SiblingFate.Fate.RAN_ON, hello.fate(), run.result().aftermath());
        assertTrue(run.driverSaid().isEmpty(), "the query ended normally: " + run.driverSaid());
        assertTrue(run.result().wallMillis() >= HELLO.delay().toMillis(), "close() waited for it");
        assertEquals(Ending.ABANDONED, run.downstream().orElseThrow().ending(), "HttpClient.send did answer the interrupt");
    }

    @Test
    void completableFutureLeavesTheServiceWorkingForNobody() throws Exception {
        NetworkRun run = over.run(model("completable-future"), IoCase.DEADLINE, HELLO, WORLD);
        assertEquals(SiblingFate.Fate.RAN_ON, fate(run, "world").fate(), run.result().aftermath());
        assertEquals(Ending.COMPLETED, run.downstream().orElseThrow().ending());
        assertTrue(run.downstreamAfterReturnMillis() > 0 && run.downstreamAfterReturnMillis() < WORLD.delay().toMillis(),
                "the service finished " + run.downstreamAfterReturnMillis() + " ms after the caller had returned");
    }

    @Test
    void aQueryFailingInTheServerCancelsTheCallInFlight() throws Exception {
        NetworkRun run = over.run(model("structured"), IoCase.GATHER_FAILURE, HELLO, WORLD);
        assertEquals("22012", run.driverSaid().orElseThrow().getSQLState(), "division by zero, in the server");
        assertTrue(run.result().recorder().end("hello").orElseThrow().millis() >= HELLO.delay().toMillis(),
                "it failed after its sleep, not at planning");
        assertEquals(SiblingFate.Fate.INTERRUPTED, fate(run, "world").fate());
        // The interrupted send may leave the connection half-closed: the service, watching by reads, sees it all the same.
        assertEquals(Ending.ABANDONED, run.downstream().orElseThrow().ending());
    }

    private static SiblingFate fate(NetworkRun run, String task) {
        return run.result().siblings().stream().filter(s -> s.task().equals(task)).findFirst().orElseThrow();
    }

    private static ConcurrencyModel model(String name) {
        return Models.named(name).orElseThrow();
    }
}
