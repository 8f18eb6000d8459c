package showcase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.Lines;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.Signals;

/**
 * {@code scripts/showcase tree --pid} as a user points it at their own JVMs: a {@code jshell}, and
 * {@code serve} with hundreds of requests in flight, whose tree must collapse to a screen; and
 * {@code --watch} on a terminal, which Ctrl-C ends with 130 and leaves the target running.
 */
@ExtendWith(NoProcessLeftBehind.class)
class TreePidScriptIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) \\(pid (\\d+)\\)");
    private static final Path JSHELL = Path.of(System.getProperty("java.home"), "bin", "jshell");
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofMillis(500);
    private static final int SCREEN = 60;

    @Test
    void drawsAJshellOfTheUsers() throws Exception {
        assumeTrue(Files.isExecutable(JSHELL), "this JDK has no jshell");
        Process jshell = new ProcessBuilder(JSHELL.toString(), "-q").redirectErrorStream(true).start();
        try {
            // jshell answers a snippet only once its own JVM and the agent JVM it runs snippets in are up.
            jshell.outputWriter().write("System.out.println(\"ready \" + ProcessHandle.current().pid())\n");
            jshell.outputWriter().flush();
            var out = new BufferedReader(new InputStreamReader(jshell.getInputStream(), StandardCharsets.UTF_8));
            Lines.readUntil(out, new ArrayList<>(), "ready ");

            ScriptRun.Result tree = ScriptRun.of("scripts/showcase", "tree", "--pid", Long.toString(jshell.pid())).run();

            assertAll(
                    () -> assertEquals(0, tree.exitCode(), tree.errText()),
                    () -> assertTrue(tree.out().getFirst().startsWith("process " + jshell.pid() + ", Java 25"), tree.outText()),
                    () -> assertTrue(tree.out().stream().anyMatch(line -> line.startsWith("├── main ")), tree.outText()));
        } finally {
            jshell.descendants().forEach(ProcessHandle::destroyForcibly);
            jshell.destroyForcibly();
            jshell.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void hundredsOfRequestsInFlightCollapseToAScreen() throws Exception {
        Process serve = ScriptRun.of("scripts/showcase", "serve", "--port", "0", "--quiet",
                "--hello-delay", "3s", "--world-delay", "4s").start();
        Process load = null;
        try (BufferedReader err = serve.errorReader()) {
            Matcher listening = LISTENING.matcher(Lines.readUntil(err, new ArrayList<>(), "listening on"));
            assertTrue(listening.find());
            long pid = Long.parseLong(listening.group(2));
            load = ScriptRun.of("scripts/showcase", "load", "--url", listening.group(1), "--concurrency", "300",
                    "--duration", "15s").start();

            ScriptRun.Result tree = treeOnceRequestsAreInFlight(pid, 300);

            String text = tree.outText();
            assertAll(
                    () -> assertEquals(0, tree.exitCode(), tree.errText()),
                    () -> assertTrue(tree.out().size() < SCREEN, tree.out().size() + " lines:\n" + text),
                    () -> assertTrue(text.matches("(?s).*request-\\* ×[\\d,]+ +virtual +WAITING +HelloEndpoint\\.answer "
                            + "+scope join\\n.*"), text),
                    () -> assertTrue(text.contains("request-* GET /hello"), text),
                    () -> assertTrue(text.matches("(?s).*\\n[│ ]+[├└]── world +virtual +TIMED_WAITING +TaskSpec\\.run +sleep\\n.*"),
                            text));
        } finally {
            if (load != null) {
                load.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    // load's clients connect within a second or so; until then the tree has fewer requests to show.
    private static ScriptRun.Result treeOnceRequestsAreInFlight(long pid, int clients) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        ScriptRun.Result tree;
        do {
            tree = ScriptRun.of("scripts/showcase", "tree", "--pid", Long.toString(pid)).run();
        } while (tree.exitCode() == 0 && scopes(tree) < clients / 2 && System.nanoTime() < deadline);
        return tree;
    }

    private static long scopes(ScriptRun.Result tree) {
        Matcher scopes = Pattern.compile(", ([\\d,]+) scopes?, ").matcher(tree.out().getFirst());
        return scopes.find() ? Long.parseLong(scopes.group(1).replace(",", "")) : 0;
    }

    @Test
    void ctrlCEndsTheWatchWith130AndLeavesTheTargetRunning() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to give the watch a terminal");
        assumeFalse(Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        Process target = ScriptRun.of("scripts/showcase", "serve", "--port", "0", "--quiet").start();
        Process watch = null;
        try (BufferedReader err = target.errorReader()) {
            Lines.readUntil(err, new ArrayList<>(), "listening on");
            String command = "scripts/showcase tree --pid " + target.pid() + " --watch 200ms";
            watch = new ProcessBuilder("script", "-qefc", command, "/dev/null").directory(ScriptRun.PROJECT.toFile())
                    .redirectErrorStream(true).start();
            var screen = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            Lines.readUntil(screen, seen, "again every 200ms");
            Lines.readUntil(screen, seen, "again every 200ms");
            ProcessHandle java = watchingJvm(watch).orElseThrow();
            long signalled = System.nanoTime();
            Signals.send("INT", java.pid());
            assertTrue(java.onExit().get(5, TimeUnit.SECONDS) != null);
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            assertTrue(watch.waitFor(5, TimeUnit.SECONDS));
            int exit = watch.exitValue();
            String text = String.join("\n", seen);
            assertAll(
                    () -> assertEquals(130, exit, text),
                    () -> assertTrue(took.compareTo(EXIT_AFTER_SIGNAL) < 0, "exited " + took + " after Ctrl-C"),
                    () -> assertTrue(text.contains("process " + target.pid() + ", Java 25"), text),
                    () -> assertTrue(target.isAlive(), "the target runs on"));
        } finally {
            if (watch != null) {
                watch.descendants().forEach(ProcessHandle::destroyForcibly);
                watch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            target.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Optional<ProcessHandle> watchingJvm(Process script) {
        return script.descendants().filter(process -> process.info().commandLine().orElse("").contains("tree --pid"))
                .filter(process -> process.info().command().orElse("").endsWith("/java")).findFirst();
    }
}
