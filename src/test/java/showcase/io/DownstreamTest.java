package showcase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.io.Downstream.Ending;
import showcase.io.Downstream.Served;
import showcase.testing.NoThreadLeftBehind;

/** The far end keeps its own record: a request answered in full, and one whose client went away midway. */
@ExtendWith(NoThreadLeftBehind.class)
class DownstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aRequestAnsweredInFullIsCompletedAfterItsWork() throws Exception {
        try (Downstream downstream = Downstream.start(); HttpClient http = client()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(downstream.work("whole", Duration.ofMillis(30)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Served served = downstream.awaitEnd("whole", WAIT).orElseThrow();
            assertEquals(200, response.statusCode());
            assertTrue(response.body().endsWith(". done\n"), response.body());
            assertEquals(Ending.COMPLETED, served.ending());
            assertTrue(served.workedMillis() >= 30, served.workedMillis() + " ms");
        }
    }

    @Test
    void aClientThatClosesMidwayIsSeenAbandoningItsRequest() throws Exception {
        try (Downstream downstream = Downstream.start(); HttpClient http = client()) {
            // The headers come with the first progress: the service has started, and the client leaves.
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                    downstream.work("left", Duration.ofSeconds(30))).build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            Served served = downstream.awaitEnd("left", WAIT).orElseThrow(() -> new AssertionError("never ended"));
            assertEquals(Ending.ABANDONED, served.ending());
            assertTrue(served.workedMillis() < WAIT.toMillis(), "noticed within " + served.workedMillis() + " ms");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
