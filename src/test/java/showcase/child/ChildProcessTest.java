package showcase.child;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.testing.Signals;

/** A child JVM runs, reports, and never outlives the call: not after a timeout, not after an interrupt. */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class ChildProcessTest {

    /**
     * The child: prints its arguments, one per line, then does what the first says: sleep, read its
     * stdin to the end, send itself SIGINT, or exit with that code.
     */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            for (String arg : args) {
                System.out.println(arg);
            }
            System.err.println("ready");
            switch (args[0]) {
                case "sleep" -> Thread.sleep(Duration.ofMinutes(5));
                case "read" -> System.out.println("read " + System.in.readAllBytes().length + " bytes");
                case "spawn" -> ChildProcess.java(List.of(), Child.class, List.of("sleep"))
                        .onStart(grandchild -> System.out.println("grandchild " + grandchild.pid())).run();
                case "sigint" -> {
                    new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                    Thread.sleep(Duration.ofMinutes(5));
                }
                default -> System.exit(Integer.parseInt(args[0]));
            }
        }
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
    void lastWordsAreTheJvmsReasonNotTheLauncherSayingItFailed() {
        var result = new ChildProcess.Result(1,
                List.of("progress started=0", "", "The Java thread stack size specified is too small. Specify at least 136k"),
                List.of("Error: Could not create the Java Virtual Machine.",
                        "Error: A fatal exception has occurred. Program will exit."),
                Duration.ZERO, false);

        assertAll(
                () -> assertEquals("The Java thread stack size specified is too small. Specify at least 136k",
                        result.lastWords(1, line -> line.startsWith("progress "))),
                () -> assertEquals("", result.lastWords(1), "stdout is the program's own unless told otherwise"));
    }

    @Test
    void lastWordsPassOverStackFramesForTheLinesNamingTheExceptions() {
        var result = new ChildProcess.Result(1, List.of(), List.of(
                "Exception in thread \"main\" java.lang.IllegalStateException: no model",
                "\tat showcase.Child.main(Child.java:10)",
                "Caused by: java.io.IOException: gone",
                "\tat showcase.Child.read(Child.java:20)",
                "\t... 1 more"), Duration.ZERO, false);

        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: no model / Caused by: "
                + "java.io.IOException: gone", result.lastWords(3));
    }

    @Test
    void aChildPastItsTimeoutIsDestroyed() throws Exception {
        var result = ChildProcess.java(List.of(), Child.class, List.of("sleep")).timeout(Duration.ofSeconds(2)).run();

        assertTrue(result.timedOut());
        assertEquals(List.of("sleep"), result.out());
    }

    @Test
    void aChildGetsNoInputFromUsAndSoNeverWaitsForIt() throws Exception {
        var result = ChildProcess.java(List.of(), Child.class, List.of("read")).timeout(Duration.ofSeconds(30)).run();

        assertEquals(List.of("read", "read 0 bytes"), result.out());
        assertTrue(result.succeeded());
    }

    @Test
    void aChildThatDiedOfCtrlCIsTheUsersInterruptNotAFailure() throws Exception {
        assumeFalse(Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the child would ignore it too");
        var interrupted = assertThrows(InterruptedException.class,
                () -> ChildProcess.java(List.of(), Child.class, List.of("sigint")).timeout(Duration.ofSeconds(30)).run());

        assertTrue(interrupted.getMessage().endsWith("was interrupted (Ctrl-C)"), interrupted.getMessage());
    }

    @Test
    void aCallbackThatFailsIsReportedOnceTheChildHasEndedWhileItsOutputKeepsDraining() throws Exception {
        List<String> many = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "line " + i).toList();
        var args = new java.util.ArrayList<String>();
        args.add("0");
        args.addAll(many);

        var failure = assertThrows(IllegalArgumentException.class, () -> ChildProcess.java(List.of(), Child.class, args)
                .timeout(Duration.ofSeconds(30))
                .onOut(line -> {
                    throw new IllegalArgumentException("cannot read " + line);
                })
                .run());

        assertEquals("cannot read 0", failure.getMessage(), "the first line's failure, after all 20,000 lines were read");
    }

    @Test
    void aChildWhoseParentIsKilledOutrightEndsItself() throws Exception {
        var grandchild = new java.util.concurrent.CompletableFuture<ProcessHandle>();
        var parent = new java.util.concurrent.CompletableFuture<ProcessHandle>();
        var result = ChildProcess.java(List.of(), Child.class, List.of("spawn"))
                .timeout(Duration.ofSeconds(30))
                .onStart(parent::complete)
                .onOut(line -> {
                    if (line.startsWith("grandchild ")) {
                        grandchild.complete(ProcessHandle.of(Long.parseLong(line.substring(11))).orElseThrow());
                        parent.join().destroyForcibly();
                    }
                })
                .run();

        assertEquals(137, result.exitCode(), "the parent died of SIGKILL, with no chance to destroy its child");
        ProcessHandle orphan = grandchild.getNow(null);
        assertTrue(orphan != null, "the grandchild started: " + result.out());
        orphan.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(orphan.isAlive());
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
        // close() waited for the call to end; NoProcessLeftBehind checks that the child ended with it.
        assertThrows(InterruptedException.class, () -> {
            Thread.currentThread().interrupt();
            ChildProcess.java(List.of(), Child.class, List.of("sleep")).run();
        });
    }
}
