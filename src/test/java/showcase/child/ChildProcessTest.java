package showcase.child;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoThreadLeftBehind;

/** A child JVM runs, reports, and never outlives the call: not after a timeout, not after an interrupt. */
@ExtendWith(NoThreadLeftBehind.class)
class ChildProcessTest {

    /** The child: prints its arguments, one per line, then either exits with the code given first or sleeps. */
    public static final class Child {
        public static void main(String[] args) throws InterruptedException {
            for (String arg : args) {
                System.out.println(arg);
            }
            System.err.println("ready");
            if (args[0].equals("sleep")) {
                Thread.sleep(Duration.ofMinutes(5));
            }
            System.exit(Integer.parseInt(args[0]));
        }
    }

    @AfterEach
    void noChildProcessIsLeft() {
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList());
    }

    @Test
    void runsAJavaClassInAJvmOfItsOwnAndKeepsItsOutputAndExitCode() throws Exception {
        var result = ChildProcess.java(List.of("-Xmx64m"), Child.class, List.of("3", "hello")).run();

        assertAll(
                () -> assertEquals(3, result.exitCode()),
                () -> assertEquals(List.of("3", "hello"), result.out()),
                () -> assertEquals(List.of("ready"), result.err()),
                () -> assertTrue(!result.timedOut() && !result.succeeded()));
    }

    @Test
    void aChildPastItsTimeoutIsDestroyed() throws Exception {
        var result = ChildProcess.java(List.of(), Child.class, List.of("sleep")).timeout(Duration.ofSeconds(2)).run();

        assertTrue(result.timedOut());
        assertEquals(List.of("sleep"), result.out());
    }

    @Test
    void anInterruptDestroysTheChildBeforeTheCallEnds() throws Exception {
        var ready = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> run = executor.submit(() -> ChildProcess.java(List.of(), Child.class, List.of("sleep"))
                    .onErr(line -> ready.countDown()).run());
            ready.await();
            run.cancel(true);
        }
        // close() waited for the call to end; @AfterEach checks that the child ended with it.
        assertThrows(InterruptedException.class, () -> {
            Thread.currentThread().interrupt();
            ChildProcess.java(List.of(), Child.class, List.of("sleep")).run();
        });
    }
}
