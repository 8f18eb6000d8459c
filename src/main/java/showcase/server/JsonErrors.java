package showcase.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import showcase.report.Json;

/**
 * What Jetty answers when a request never reaches the handler (a malformed request line, headers
 * too large): JSON like every other answer, with the status and its reason, never a stack trace.
 */
final class JsonErrors implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        String reason = HttpStatus.getMessage(status);
        String message = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? reason + ": " + text : reason;
        JsonReply.send(response, callback, status, Json.object("error", message, "status", status));
        return true;
    }
}
