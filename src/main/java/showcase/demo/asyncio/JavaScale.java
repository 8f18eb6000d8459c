package showcase.demo.asyncio;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import showcase.demo.scale.OneScaleRun;
import showcase.demo.scale.Status;
import showcase.values.Counts;

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
        // A gather that stopped at a limit or the timeout has no wall time to set beside Python's.
        if (figures.status() != Status.OK) {
            throw new ProgramRun.Failed(figures.status().id() + ": " + figures.reason());
        }
        String outcome = Counts.format(figures.completed()) + " slept";
        return new ProgramRun(MODEL, AsyncioReport.SCALE, IDIOM, "Java " + Runtime.version(), tasks, outcome,
                Optional.empty(), figures.wallMillis().orElseThrow(), figures.processMillis(), figures.cpuMillis().orElseThrow(),
                figures.peakRssBytes(), OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), List.of(),
                List.of());
    }
}
