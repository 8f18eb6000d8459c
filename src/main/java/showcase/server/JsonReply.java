package showcase.server;

import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import showcase.report.Json;

/** Every answer of the server: a status and a JSON object on one line, written without blocking the caller. */
final class JsonReply {

    private static final String JSON = "application/json; charset=utf-8";

    private JsonReply() {
    }

    /** Writes the answer and completes {@code callback} when it has gone out (or failed to). */
    static void send(Response response, Callback callback, int status, Map<String, Object> body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        Content.Sink.write(response, true, Json.line(body), callback);
    }
}
