package showcase.demo.scale;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * One model gathering N sleeping tasks in scale's own child JVM, with scale's flags, thread cap
 * and warm-up, for a demo that sets those figures beside something else (asyncio sets them
 * beside Python's gather): one million-task child for the whole showcase, not two.
 */
public final class OneScaleRun {

    /** What the child measured; a figure it could not give is empty. */
    public record Figures(Status status, String reason, long completed, OptionalLong wallMillis, long processMillis,
            OptionalLong cpuMillis, OptionalLong peakRssBytes) {
    }

    private OneScaleRun() {
    }

    public static Figures run(String model, int tasks, Duration sleep, Duration timeout) throws InterruptedException {
        var settings = new ScaleChild.Settings(model, tasks, sleep, timeout, PlatformThreadLimits.read().safeCap(), true,
                false);
        ScaleRow row = ChildRun.run(settings, ChildJvm.launched(false, List.of()).flags(tasks), (started, completed) -> { });
        return new Figures(row.status(), row.reason(), row.completed(), row.wallMillis(), row.jvm().processMillis(),
                row.jvm().cpuMillis(), row.peakRssBytes());
    }
}
