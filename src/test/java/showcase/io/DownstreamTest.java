package showcase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import showcase.io.Downstream.Ending;
import showcase.io.Downstream.Served;
import showcase.io.Downstream.Watch;
import showcase.testing.NoThreadLeftBehind;

/**
 * The far end keeps its own record: a request answered in full, one whose client went away midway,
 * and one whose client only hung up, which a service that only writes does not notice.
 */
@ExtendWith(NoThreadLeftBehind.class)
class DownstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aRequestAnsweredInFullIsCompletedAfterItsWork() throws Exception {
        try (Downstream downstream = Downstream.start(Watch.READS); HttpClient http = client()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(downstream.work("whole", Duration.ofMillis(30)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Served served = downstream.awaitEnd("whole", WAIT).orElseThrow();
            assertEquals(200, response.statusCode());
            assertTrue(response.body().endsWith(". done\n"), response.body());
            assertEquals(Ending.COMPLETED, served.ending());
            assertTrue(served.workedMillis() >= 30, served.workedMillis() + " ms");
        }
    }

    @ParameterizedTest
    @EnumSource(Watch.class)
    void aClientThatClosesItsSocketMidwayIsSeenAbandoningItsRequest(Watch watch) throws Exception {
        try (Downstream downstream = Downstream.start(watch)) {
            Socket client = startedRequest(downstream, "left", Duration.ofSeconds(30));
            client.close();
            Served served = downstream.awaitEnd("left", WAIT).orElseThrow(() -> new AssertionError("never ended"));
            assertEquals(Ending.ABANDONED, served.ending());
        }
    }

    /** What the JDK's HttpClient may leave behind when it cancels: the client's side shut for output only. */
    @Test
    void aClientThatOnlyHangsUpIsSeenByReadsAlone() throws Exception {
        try (Downstream byReads = Downstream.start(Watch.READS); Downstream byWrites = Downstream.start(Watch.WRITES);
                Socket toReads = startedRequest(byReads, "half-closed", Duration.ofMillis(200));
                Socket toWrites = startedRequest(byWrites, "half-closed", Duration.ofMillis(200))) {
            toReads.shutdownOutput();
            toWrites.shutdownOutput();
            Served seenByReads = byReads.awaitEnd("half-closed", WAIT).orElseThrow(() -> new AssertionError("never ended"));
            Served seenByWrites = byWrites.awaitEnd("half-closed", WAIT).orElseThrow(() -> new AssertionError("never ended"));
            assertEquals(Ending.ABANDONED, seenByReads.ending());
            assertTrue(seenByReads.workedMillis() < 200, "noticed after " + seenByReads.workedMillis() + " ms");
            assertEquals(Ending.COMPLETED, seenByWrites.ending(), "the writes still succeed: the client still reads");
        }
    }

    /** A request on a socket of its own, returned once the service has sent its first progress: it has started. */
    private static Socket startedRequest(Downstream downstream, String id, Duration work) throws IOException {
        URI uri = downstream.work(id, work);
        var socket = new Socket(uri.getHost(), uri.getPort());
        socket.getOutputStream().write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: "
                + uri.getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        for (int b = in.read(); b != '.'; b = in.read()) {
            if (b < 0) {
                throw new AssertionError("the service closed the connection before any progress");
            }
        }
        return socket;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
