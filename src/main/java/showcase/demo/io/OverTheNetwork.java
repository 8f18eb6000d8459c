package showcase.demo.io;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.demo.Case;
import showcase.demo.CaseResult;
import showcase.demo.CaseRunner;
import showcase.io.Database;
import showcase.io.Downstream;
import showcase.model.ConcurrencyModel;
import showcase.tasks.TaskSpec;

/**
 * The seed's gather over real I/O: say_hello becomes a query that waits in PostgreSQL, say_world
 * a call to the downstream service, both blocking on the task's own thread, and each model runs
 * them as it runs sleeps. What a cancellation did is then read from the far ends: how long the
 * server went on with the abandoned query, and whether the service saw its request abandoned or
 * finished the work for nobody.
 */
final class OverTheNetwork {

    private static final Logger log = LoggerFactory.getLogger(OverTheNetwork.class);
    /** How long past its own length the far end is given to finish what a caller abandoned. */
    private static final Duration FAR_END_GRACE = Duration.ofSeconds(1);

    private final Database db;
    private final Downstream downstream;
    private final HttpClient http;
    private final CaseRunner runner;

    OverTheNetwork(Database db, Downstream downstream, HttpClient http, Duration deadline) {
        this.db = db;
        this.downstream = downstream;
        this.http = http;
        this.runner = new CaseRunner(deadline, false);
    }

    NetworkRun run(ConcurrencyModel model, IoCase ioCase, TaskSpec hello, TaskSpec world) throws InterruptedException {
        Case kase = ioCase.network().orElseThrow();
        String id = ioCase.id() + "-" + model.name();
        var backend = new AtomicInteger(-1);
        var driverSaid = new AtomicReference<SQLException>();
        var watch = new AtomicReference<ServerWatch>();
        var returned = new AtomicLong();
        List<TaskSpec> specs = kase.tasks(hello, world);
        CaseResult result;
        try {
            result = runner.run(model, kase, specs,
                    spec -> spec.name().equals(hello.name()) ? query(spec, backend, driverSaid) : call(spec, id),
                    () -> {
                        returned.set(System.nanoTime());
                        watch.set(ServerWatch.start(db, backend.get(), hello.delay().plus(FAR_END_GRACE)));
                    });
        } catch (InterruptedException | RuntimeException e) {
            // Ctrl-C while the tasks were still ending: the watch started at the return is nobody's now.
            Optional.ofNullable(watch.get()).ifPresent(ServerWatch::stop);
            throw e;
        }
        ServerWatch.Seen server = watch.get().await();
        // A model that never started the call (sequential, past its deadline) sent the service nothing to wait for.
        Optional<Downstream.Served> served = result.recorder().start(world.name()).isPresent()
                ? downstream.awaitEnd(id, world.delay().plus(FAR_END_GRACE)) : Optional.empty();
        long downstreamAfterReturn = served.map(s -> (s.endNanos() - returned.get()) / 1_000_000).orElse(-1L);
        return new NetworkRun(result, Optional.ofNullable(driverSaid.get()), server, served, downstreamAfterReturn,
                db.counts());
    }

    private Callable<String> query(TaskSpec spec, AtomicInteger backend, AtomicReference<SQLException> driverSaid) {
        return () -> {
            try {
                if (spec.outcome() == TaskSpec.Outcome.FAIL) {
                    db.sleepThenFail(spec.delay(), backend::set);
                } else {
                    db.sleep(spec.delay(), backend::set);
                }
            } catch (SQLException e) {
                driverSaid.set(e);
                throw e;
            }
            log.info(spec.greeting());
            return spec.greeting();
        };
    }

    private Callable<String> call(TaskSpec spec, String id) {
        HttpRequest request = HttpRequest.newBuilder(downstream.work(id, spec.delay())).build();
        return () -> {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IOException("the downstream service answered " + response.statusCode());
            }
            log.info(spec.greeting());
            return spec.greeting();
        };
    }
}
