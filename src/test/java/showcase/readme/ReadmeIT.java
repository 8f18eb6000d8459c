package showcase.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.ScriptRun;
import showcase.testing.Signals;

/**
 * Every command output the README shows, produced again and compared (see {@link OutputComparison}
 * for what may vary): a README block that no longer matches what the showcase prints fails the
 * build. The checks without times run a few at a time; those whose times are compared in a band run
 * one at a time, after them, so that nothing else competes for the cores.
 */
@ExtendWith(NoProcessLeftBehind.class)
class ReadmeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The checks whose figures may be anything (shape) or are not times run this many at a time. */
    private static final int AT_ONCE = 3;

    private record Run(ReadmeCheck check, int exitCode, List<String> out, List<String> err) {
    }

    @TestFactory
    Stream<DynamicTest> everyOutputBlockIsWhatItsCommandPrints() throws Exception {
        List<ReadmeCheck> checks = Readme.checks(ScriptRun.PROJECT.resolve("README.md"));
        // The first run after a build records the AOT cache; the checks that follow run at once.
        ScriptRun.of("scripts/showcase", "--version").run();
        // Times printed by a run are only worth comparing when nothing else competes for the cores.
        List<ReadmeCheck> timed = checks.stream().filter(check -> check.numbers() instanceof ReadmeCheck.Numbers.Band).toList();
        List<ReadmeCheck> untimed = checks.stream().filter(check -> !timed.contains(check)).toList();
        List<Subtask<Run>> runs = new ArrayList<>(runAll(untimed, AT_ONCE));
        runs.addAll(runAll(timed, 1));
        return runs.stream().map(subtask -> DynamicTest.dynamicTest(checkName(subtask), () -> verify(subtask)));
    }

    private static List<Subtask<Run>> runAll(List<ReadmeCheck> checks, int atOnce) throws InterruptedException {
        var slots = new Semaphore(atOnce);
        List<Subtask<Run>> runs = new ArrayList<>();
        try (var scope = StructuredTaskScope.open(Joiner.<Run>awaitAll())) {
            for (ReadmeCheck check : checks) {
                runs.add(scope.fork(() -> {
                    slots.acquire();
                    try {
                        return run(check);
                    } finally {
                        slots.release();
                    }
                }));
            }
            scope.join();
        }
        return runs;
    }

    private static String checkName(Subtask<Run> subtask) {
        return subtask.state() == Subtask.State.SUCCESS ? subtask.get().check().toString() : "a README check";
    }

    private static void verify(Subtask<Run> subtask) throws IOException {
        if (subtask.state() != Subtask.State.SUCCESS) {
            throw new AssertionError("the command could not be run", subtask.exception());
        }
        Run run = subtask.get();
        ReadmeCheck check = run.check();
        assumeFalse(check.signal().filter(signal -> signal.name().equals("INT")).isPresent()
                        && Signals.sigintIgnoredHere().orElse(false),
                "SIGINT is ignored by this test run (started in the background?), so the JVM under test ignores it too");
        String printed = "stdout:\n" + String.join("\n", run.out()) + "\nstderr:\n" + String.join("\n", run.err());
        assertEquals(check.exitCode(), run.exitCode(), check + " exit code; it printed\n" + printed);
        String stream = check.stream().orElse(run.out().isEmpty() ? "stderr" : "stdout");
        List<String> output = stream.equals("stdout") ? run.out() : run.err();
        Optional<String> difference = OutputComparison.compare(check.expected(), output, check.numbers());
        difference.ifPresent(what -> fail(check + ": the README block differs from the " + stream + " of a new run: "
                + what));
    }

    private static Run run(ReadmeCheck check) throws Exception {
        ScriptRun script = ScriptRun.of(check.command().toArray(String[]::new)).timeout(TIMEOUT);
        if (check.signal().isEmpty()) {
            ScriptRun.Result result = script.run();
            return new Run(check, result.exitCode(), result.out(), result.err());
        }
        ReadmeCheck.Signal signal = check.signal().get();
        Process process = script.start();
        try (var scope = StructuredTaskScope.open(Joiner.<List<String>>allSuccessfulOrThrow())) {
            Subtask<List<String>> out = scope.fork(() -> lines(process.inputReader(), null, null));
            Subtask<List<String>> err = scope.fork(() -> lines(process.errorReader(), signal, process));
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(check + " did not end within " + TIMEOUT);
            }
            scope.join();
            return new Run(check, process.exitValue(), out.get(), err.get());
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads every line; once one contains the signal's cue, sends the signal to the process. */
    private static List<String> lines(BufferedReader reader, ReadmeCheck.Signal signal, Process process)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        boolean sent = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
            if (signal != null && !sent && line.contains(signal.after())) {
                Signals.send(signal.name(), process);
                sent = true;
            }
        }
        return lines;
    }
}
