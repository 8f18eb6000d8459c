package showcase.server.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.Main;
import showcase.child.ChildProcess;

/**
 * {@code serve} in a JVM of its own, so that its memory and threads are its own and the load's
 * are not counted with them. Two subtasks of one scope: one runs the child process, the other
 * waits for it to say where it listens, runs the work against it, then stops it with SIGTERM
 * (which the server answers by cancelling what is in flight). If either fails, the scope cancels
 * the other, and a cancelled child process is destroyed before the scope closes.
 */
final class ServerChild {

    /** What to do with the server once it listens. */
    interface Work<T> {
        T run(URI uri, long pid) throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(ServerChild.class);
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** SIGTERM makes the server exit with 128 + 15. */
    private static final int STOPPED_BY_US = 143;
    /** The server writes nothing of its own on stdout: whatever is there is the JVM's. */
    private static final Predicate<String> NO_PROTOCOL = line -> false;

    private ServerChild() {
    }

    /**
     * Starts {@code serve} with {@code serveArguments} (its port must be 0), runs {@code work}
     * against it, and stops it.
     */
    static <T> T with(List<String> serveArguments, Duration longest, Work<T> work) throws Exception {
        var started = new CompletableFuture<ProcessHandle>();
        var listening = new CompletableFuture<Matcher>();
        List<String> arguments = new ArrayList<>(List.of("serve"));
        arguments.addAll(serveArguments);
        ChildProcess child = ChildProcess.java(List.of(), Main.class, arguments)
                .timeout(longest.plus(START_TIMEOUT))
                .onStart(started::complete)
                .onErr(line -> {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(matcher);
                    }
                });
        try (var scope = StructuredTaskScope.open(Joiner.<Object>allSuccessfulOrThrow())) {
            Subtask<ChildProcess.Result> server = scope.fork(() -> {
                Thread.currentThread().setName("server");
                ChildProcess.Result result = child.run();
                listening.completeExceptionally(new IllegalStateException(result.ending(
                        "the server exited with " + result.exitCode() + " before it listened", 3, NO_PROTOCOL)));
                return result;
            });
            Subtask<T> done = scope.fork(() -> {
                Thread.currentThread().setName("load");
                Matcher where = await(listening);
                // Started before its first line was read, so before it said it listens.
                ProcessHandle process = started.resultNow();
                try {
                    return work.run(URI.create(where.group(1)), process.pid());
                } finally {
                    process.destroy();
                }
            });
            scope.join();
            ChildProcess.Result result = server.get();
            if (result.exitCode() != STOPPED_BY_US) {
                log.warn("{}", result.ending("the server exited with " + result.exitCode() + ", not " + STOPPED_BY_US
                        + " as when stopped", 3, NO_PROTOCOL));
            }
            return done.get();
        } catch (StructuredTaskScope.FailedException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Matcher await(CompletableFuture<Matcher> listening) throws Exception {
        try {
            return listening.get(START_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the server did not listen within " + START_TIMEOUT.toSeconds() + " s", e);
        }
    }
}
