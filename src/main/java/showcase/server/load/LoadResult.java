package showcase.server.load;

import java.time.Duration;
import showcase.observe.Latencies;

/**
 * One run of the load: who served it, how many clients for how long, what came back, how fast,
 * and, for a server the load started itself, what the server process used.
 *
 * @param server {@code virtual}, {@code platform (pool 200)}, or the URL of a server of yours
 * @param ok responses 200 within the window
 * @param errors other statuses and failed connections
 * @param timeouts requests unanswered within the client's timeout
 * @param inFlightAtEnd requests cut off by the window's end, counted in no latency: one per client
 *     waiting for an answer then, which is every client not pausing after an error, so it counts
 *     clients, not requests queued; in JSON only
 */
record LoadResult(String server, int clients, Duration window, long ok, long errors, long timeouts, long inFlightAtEnd,
        Latencies hello, Latencies health, ServerFigures figures) {

    double requestsPerSecond() {
        return ok / (window.toNanos() / 1e9);
    }

    LoadResult with(ServerFigures figures) {
        return new LoadResult(server, clients, window, ok, errors, timeouts, inFlightAtEnd, hello, health, figures);
    }
}
