package showcase.server;

import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.observe.EventRecorder;
import showcase.observe.RequestId;
import showcase.observe.RequestIds;
import showcase.observe.Threads;
import showcase.report.Json;

/**
 * The server's one handler: gives each request an id, bound as a {@code ScopedValue} that every
 * subtask and every log line of the request inherits, and sends it to its endpoint. A blocking
 * handler, so Jetty runs it on a thread of the pool, or on a virtual thread of its own when the
 * pool has a virtual-threads executor. Whatever goes wrong, the client gets JSON, never a stack trace.
 */
final class Routes extends Handler.Abstract {

    static final String HELLO = "/hello";
    static final String HEALTH = "/health";
    private static final List<String> ENDPOINTS = List.of("GET " + HELLO, "GET " + HEALTH);

    /** Each request's line; {@code --quiet} silences it under load. */
    static final Logger requests = LoggerFactory.getLogger("showcase.server.requests");
    private static final Logger log = LoggerFactory.getLogger(Routes.class);

    private final HelloEndpoint hello;
    private final InFlight inFlight;
    private final RequestObserver observer;

    Routes(HelloEndpoint hello, InFlight inFlight, RequestObserver observer) {
        this.hello = hello;
        this.inFlight = inFlight;
        this.observer = observer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = RequestIds.next();
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        // While it works for a request, the thread carries the request's id: in the log and in a thread dump.
        thread.setName(requestId);
        try {
            ScopedValue.where(RequestId.CURRENT, requestId).run(() -> serve(request, response, callback, requestId));
        } finally {
            thread.setName(threadName);
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback, String requestId) {
        long start = System.nanoTime();
        String target = request.getMethod() + " " + request.getHttpURI().getPathQuery();
        var tasks = new EventRecorder();
        observer.started(requestId, target, Thread.currentThread(), tasks);
        boolean entered = inFlight.enter();
        try {
            Outcome outcome = entered ? dispatch(request, response, requestId, tasks)
                    : Outcome.of(HttpStatus.SERVICE_UNAVAILABLE_503, Json.object("error", "the server is stopping"));
            long end = System.nanoTime();
            observer.ended(new Exchange(requestId, target, outcome.status(), Thread.currentThread(), start, end,
                    outcome.tasks()));
            JsonReply.send(response, callback, outcome.status(), outcome.body());
            logLine(target, outcome, (end - start) / 1_000_000);
        } finally {
            if (entered) {
                inFlight.leave();
            }
        }
    }

    private Outcome dispatch(Request request, Response response, String requestId, EventRecorder tasks) {
        String path = Request.getPathInContext(request);
        if (!path.equals(HELLO) && !path.equals(HEALTH)) {
            return Outcome.of(HttpStatus.NOT_FOUND_404,
                    Json.object("error", "no such endpoint: " + path, "endpoints", ENDPOINTS));
        }
        if (!HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, HttpMethod.GET.asString());
            return Outcome.of(HttpStatus.METHOD_NOT_ALLOWED_405,
                    Json.object("error", request.getMethod() + " is not allowed: " + path + " answers GET"));
        }
        try {
            return path.equals(HELLO) ? hello.answer(HelloQuery.parse(query(request)), requestId, tasks) : health();
        } catch (BadQuery e) {
            return Outcome.of(HttpStatus.BAD_REQUEST_400,
                    Json.object("error", e.getMessage(), "parameter", e.parameter(), "valid", e.valid()));
        } catch (RuntimeException e) {
            log.error("{} failed: {}", path, e.toString());
            return Outcome.of(HttpStatus.INTERNAL_SERVER_ERROR_500,
                    Json.object("error", "the server failed: " + e.getClass().getSimpleName()));
        }
    }

    // Answers at once, without sleeping: how long it takes is how long a request waits for a thread.
    private static Outcome health() {
        return Outcome.of(HttpStatus.OK_200, Json.object("status", "up", "thread", Threads.describe(Thread.currentThread())));
    }

    private static Fields query(Request request) throws BadQuery {
        try {
            return Request.extractQueryParameters(request);
        } catch (IllegalArgumentException e) {
            throw new BadQuery("query", "the query is not valid URL encoding", HelloQuery.FORM);
        }
    }

    private static void logLine(String target, Outcome outcome, long millis) {
        if (outcome.status() < HttpStatus.BAD_REQUEST_400) {
            requests.info("{} {} in {} ms", target, outcome.status(), millis);
        } else {
            requests.info("{} {} in {} ms: {}", target, outcome.status(), millis, outcome.error());
        }
    }
}
