package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** What a gather threw decides the row's status; a limit is reported in the JVM's own words. */
class OutcomeTest {

    private static final String NATIVE_THREAD =
            "unable to create native thread: possibly out of memory or process/resource limits reached";

    @Test
    void theOperatingSystemsRefusalIsALimitInTheJvmsOwnWords() {
        var refusal = new OutOfMemoryError(NATIVE_THREAD);

        assertEquals(new Outcome(Status.LIMIT, "java.lang.OutOfMemoryError: " + NATIVE_THREAD),
                Outcome.of(new ExecutionException(refusal)));
    }

    @Test
    void theCapsRefusalIsFoundAmongSuppressedExceptionsToo() {
        var closing = new IllegalStateException("Owner did not join after forking");
        var refused = new CappedThreadFactory.Refused(5);
        closing.addSuppressed(new CompletionException(refused));

        assertEquals(new Outcome(Status.LIMIT, refused.getMessage()), Outcome.of(closing));
    }

    @Test
    void anythingElseIsAFailure() {
        var failure = new IllegalArgumentException("bad");

        assertEquals(new Outcome(Status.FAILED, "java.lang.IllegalArgumentException: bad"), Outcome.of(failure));
    }
}
