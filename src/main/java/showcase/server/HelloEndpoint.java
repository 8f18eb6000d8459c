package showcase.server;

import java.util.List;
import java.util.concurrent.StructuredTaskScope.Configuration;
import java.util.concurrent.StructuredTaskScope.FailedException;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.StructuredTaskScope;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpStatus;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;
import showcase.observe.EventRecorder;
import showcase.observe.Threads;
import showcase.report.Json;
import showcase.tasks.TaskSpec;
import showcase.values.Durations;

/**
 * {@code GET /hello}: the seed's gather inside a request. The request opens a
 * {@code StructuredTaskScope} named after it, forks say_hello and say_world, and joins them; a
 * failure or the deadline cancels the scope, which interrupts the other task before the answer
 * goes out. The answer says which tasks were interrupted, read from their recorded events.
 */
final class HelloEndpoint {

    private final TaskSpec hello;
    private final TaskSpec world;
    private final UnaryOperator<Configuration> forks;

    /** {@code forks} gives the scope its thread factory: identity for virtual threads, a platform factory otherwise. */
    HelloEndpoint(TaskSpec hello, TaskSpec world, UnaryOperator<Configuration> forks) {
        this.hello = hello;
        this.world = world;
        this.forks = forks;
    }

    /** Gathers the two tasks, which report to {@code recorder}, and says how it went. */
    Outcome answer(HelloQuery query, String requestId, EventRecorder recorder) {
        TaskSpec helloTask = asked(hello, query);
        TaskSpec worldTask = asked(world, query);
        long start = System.nanoTime();
        UnaryOperator<Configuration> configure = config -> {
            Configuration named = forks.apply(config.withName(requestId + " GET /hello"));
            return query.deadline().map(named::withTimeout).orElse(named);
        };
        try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow(), configure)) {
            scope.fork(recorder.observe(helloTask.name(), helloTask::run));
            scope.fork(recorder.observe(worldTask.name(), worldTask::run));
            List<String> greetings = scope.join().map(Subtask::get).toList();
            return answer(HttpStatus.OK_200, recorder, requestId, start, "greetings", greetings);
        } catch (FailedException e) {
            return answer(HttpStatus.INTERNAL_SERVER_ERROR_500, recorder, requestId, start,
                    "error", failedTask(recorder) + " failed: " + e.getCause().getMessage());
        } catch (StructuredTaskScope.TimeoutException e) {
            return answer(HttpStatus.GATEWAY_TIMEOUT_504, recorder, requestId, start,
                    "error", "the deadline of " + query.deadline().map(Durations::format).orElse("?")
                            + " passed: the scope was cancelled");
        } catch (InterruptedException e) {
            // The server is stopping and cancelled this request: its answer is all that is left to do,
            // so the interrupt has done its work and is not passed on to the pool's thread.
            return answer(HttpStatus.SERVICE_UNAVAILABLE_503, recorder, requestId, start,
                    "error", "the server is stopping: the request's scope was cancelled");
        }
    }

    // Read after the scope has closed, so every task has ended and recorded how.
    private static Outcome answer(int status, EventRecorder recorder, String requestId, long start, String key,
            Object value) {
        List<Event> events = recorder.events();
        List<String> interrupted = events.stream().filter(event -> event.kind() == Kind.INTERRUPTED)
                .map(Event::task).toList();
        var body = Json.object(key, value, "millis", (System.nanoTime() - start) / 1_000_000,
                "thread", Threads.describe(Thread.currentThread()), "requestId", requestId);
        if (status != HttpStatus.OK_200) {
            body.put("interrupted", interrupted);
        }
        return new Outcome(status, body, events);
    }

    /** The task as the query wants it: failing, if {@code ?fail=} names it. */
    private static TaskSpec asked(TaskSpec task, HelloQuery query) {
        return query.failing().filter(task.name()::equals).isPresent() ? task.failing() : task;
    }

    private static String failedTask(EventRecorder recorder) {
        return recorder.first(Kind.FAILED).map(Event::task).orElse("a task");
    }
}
