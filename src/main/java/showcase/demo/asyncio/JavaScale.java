package showcase.demo.asyncio;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import showcase.demo.scale.OneScaleRun;
import showcase.demo.scale.Status;

/**
 * The Java side of asyncio's scale: the {@code structured} model gathering N sleeping virtual
 * threads in the {@code scale} command's child JVM (its flags, its warm-up), read as a
 * {@link ProgramRun} beside Python's. That child reports no log, so the scale has no timeline.
 */
final class JavaScale {

    static final String MODEL = "structured";
    static final String IDIOM = "StructuredTaskScope: fork N tasks that each Thread.sleep(D), join";
    /** scale's own default is a minute; a million sleepers on a busy machine get twice that. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private JavaScale() {
    }

    static ProgramRun run(long tasks, Duration sleep) throws InterruptedException, ProgramRun.Failed {
        OneScaleRun.Figures figures = OneScaleRun.run(MODEL, Math.toIntExact(tasks), sleep, TIMEOUT);
        if (figures.status() == Status.FAILED) {
            throw new ProgramRun.Failed(figures.reason());
        }
        String outcome = figures.status() == Status.OK ? String.format(Locale.ROOT, "%,d slept", figures.completed())
                : figures.status().id() + ": " + figures.reason();
        return new ProgramRun(MODEL, AsyncioReport.SCALE, IDIOM, "Java " + Runtime.version(), tasks, outcome,
                figures.wallMillis().orElse(0), figures.processMillis(), figures.cpuMillis().orElse(0),
                figures.peakRssBytes(), OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), List.of(),
                List.of());
    }
}
