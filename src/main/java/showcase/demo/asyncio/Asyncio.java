package showcase.demo.asyncio;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.child.ChildProcess;
import showcase.report.Format;
import showcase.report.Report;
import showcase.report.Sizes;

/**
 * The seed's own language beside its translation: each case runs once as a Python asyncio
 * program and once as its Java twin, each in a process of its own that reports its own figures,
 * timed whole by this one. The logs come out side by side on one clock, the figures in one
 * table, so a reader sees where the idioms agree (a TaskGroup and a scope both cancel) and where
 * they part (gather leaves the sibling running, as allOf does).
 */
public final class Asyncio {

    private static final Logger log = LoggerFactory.getLogger(Asyncio.class);
    /** Beyond its delays, what a case's process may take: two start-ups on a loaded machine. */
    private static final Duration CASE_SLACK = Duration.ofSeconds(60);

    /**
     * What to run: the cases, the scale's task counts (none to skip it), the delays, and how to report.
     */
    public record Settings(List<AsyncioCase> cases, List<Long> scaleTasks, Duration hello, Duration world,
            Duration deadline, Duration sleep, Format format, Optional<Path> chart) {
    }

    private final Settings settings;

    public Asyncio(Settings settings) {
        this.settings = settings;
    }

    /** Runs every program; false if one of them failed (the others still run and are reported). */
    public boolean run(Report report) throws InterruptedException {
        Python python = Python.find(System.getenv("PATH"));
        List<ProgramRun> runs = new CopyOnWriteArrayList<>();
        report.track(() -> AsyncioReport.render(runs, settings.format(), this::heading));
        List<Program> plan = plan(python);
        boolean allRan = true;
        for (int i = 0; i < plan.size(); i++) {
            Program program = plan.get(i);
            String step = "[" + (i + 1) + "/" + plan.size() + "] " + program.label() + " / " + program.runtime();
            if (program.scale()) {
                log.info("{}: running", step);
            }
            try {
                ProgramRun run = program.side().run();
                runs.add(run);
                log.info("{}: {}", step, summary(run));
            } catch (ProgramRun.Failed e) {
                allRan = false;
                log.error("{} failed: {} ({})", step, e.getMessage(), program.what());
            }
        }
        settings.chart().ifPresent(chart -> {
            AsyncioChart.write(runs, chart);
            log.info("chart drawn in {}", chart);
        });
        return allRan;
    }

    private static String summary(ProgramRun run) {
        String figures = String.format(Locale.ROOT, "process %d ms, CPU %d ms, peak RSS %s", run.processMillis(),
                run.cpuMillis(), run.peakRssBytes().isPresent()
                        ? String.format(Locale.ROOT, "%.1f MB", Sizes.megabytes(run.peakRssBytes().getAsLong())) : "unknown");
        if (run.caseId().equals(AsyncioReport.SCALE)) {
            return String.format(Locale.ROOT, "%s in %d ms; %s", run.outcome(), Math.round(run.wallMillis()), figures);
        }
        return String.format(Locale.ROOT, "%s after %d ms, siblings cancelled: %s; %s", run.outcome(),
                Math.round(run.wallMillis()), run.siblings().describe(), figures);
    }

    /** One side of a case, run in a process of its own. */
    private interface Side {
        ProgramRun run() throws InterruptedException, ProgramRun.Failed;
    }

    /** One process to run, and what it is, in words, should it fail. */
    private record Program(String label, String runtime, boolean scale, Side side, String what) {

        static Program of(String label, String runtime, boolean scale, ChildProcess process) {
            return new Program(label, runtime, scale, () -> ProgramRun.read(process.run()),
                    "command: " + String.join(" ", process.command()));
        }
    }

    private List<Program> plan(Python python) {
        List<Program> plan = new ArrayList<>();
        for (AsyncioCase kase : settings.cases()) {
            plan.add(Program.of(kase.id(), AsyncioReport.PYTHON, false, pythonSide(python, kase)));
            plan.add(Program.of(kase.id(), kase.javaModel(), false, javaSide(kase)));
        }
        for (long tasks : settings.scaleTasks()) {
            String label = String.format(Locale.ROOT, "scale %,d", tasks);
            plan.add(Program.of(label, AsyncioReport.PYTHON, true, ChildProcess.of(python.command(
                    programs().resolve("scale.py"), "--tasks", Long.toString(tasks), "--sleep-ms", millis(settings.sleep())))));
            plan.add(new Program(label, JavaScale.MODEL, true, () -> JavaScale.run(tasks, settings.sleep()),
                    "scale's child JVM"));
        }
        return plan;
    }

    /** The Python program of {@code kase}, with this run's delays. */
    ChildProcess pythonSide(Python python, AsyncioCase kase) {
        return ChildProcess.of(python.command(programs().resolve(kase.program()),
                "--hello-ms", millis(settings.hello()),
                "--world-ms", millis(settings.world()),
                "--deadline-ms", millis(settings.deadline()))).timeout(caseTimeout());
    }

    /** The Java twin of {@code kase}, in a JVM of its own, with this run's delays. */
    ChildProcess javaSide(AsyncioCase kase) {
        return JavaPeer.process(kase, settings.hello(), settings.world(), settings.deadline()).timeout(caseTimeout());
    }

    private Duration caseTimeout() {
        Duration longest = settings.hello().compareTo(settings.world()) > 0 ? settings.hello() : settings.world();
        return longest.multipliedBy(3).plus(CASE_SLACK);
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }

    private String heading(AsyncioCase kase) {
        return kase.id() + ": " + kase.heading(settings.hello(), settings.world(), settings.deadline());
    }

    /**
     * {@code src/asyncio}, found from where this code was loaded ({@code target/showcase.jar} or
     * {@code target/classes}): the very files the README points to, run as they are.
     */
    static Path programs() {
        Path code;
        try {
            code = Path.of(Asyncio.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the showcase was loaded from", e);
        }
        Path programs = code.toAbsolutePath().getParent().getParent().resolve("src").resolve("asyncio");
        if (!Files.isRegularFile(programs.resolve("harness.py"))) {
            throw new IllegalStateException("the Python programs are not in " + programs
                    + ": run the showcase from its source tree");
        }
        return programs;
    }
}
