package showcase.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test's HTTP client: the JDK's, on virtual threads, closed with its threads when the test is done. */
final class Http implements AutoCloseable {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
            .build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery), BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery) {
        return client.sendAsync(request(pathAndQuery), BodyHandlers.ofString());
    }

    private HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20)).build();
    }

    /** A string or number field of a flat JSON object, as text: enough to read the server's answers. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|\\[[^]]*]|[^,}\\]]+)").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    @Override
    public void close() {
        client.shutdownNow();
        try {
            client.awaitTermination(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.close();
    }
}
