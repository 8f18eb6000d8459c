package showcase.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Response times recorded by thousands of client threads at once into an HdrHistogram, in
 * microseconds with three significant digits, read back as percentiles in milliseconds.
 */
public final class Latencies {

    private static final long MOST_MICROS = Duration.ofHours(2).toNanos() / 1_000;
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(1, MOST_MICROS, 3);

    public void record(long nanos) {
        histogram.recordValue(micros(nanos));
    }

    /**
     * Records a probe meant to be sent every {@code interval}: a probe that took longer stood for
     * the probes that could not be sent meanwhile, so those are recorded too, each with the wait it
     * would have met (HdrHistogram's correction for coordinated omission).
     */
    public void recordProbe(long nanos, Duration interval) {
        histogram.recordValueWithExpectedInterval(micros(nanos), micros(interval.toNanos()));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at {@code percentile} (0 to 100), in milliseconds; NaN when nothing was recorded. */
    public double millisAt(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    public double maxMillis() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1_000.0;
    }

    /** Points of the percentile distribution, (percentile, milliseconds), finest in the tail: what a latency chart draws. */
    public List<double[]> distribution() {
        List<double[]> points = new ArrayList<>();
        if (count() > 0) {
            for (HistogramIterationValue value : histogram.copy().percentiles(TICKS_PER_HALF_DISTANCE)) {
                points.add(new double[] {value.getPercentileLevelIteratedTo(), value.getValueIteratedTo() / 1_000.0});
            }
        }
        return points;
    }

    private static long micros(long nanos) {
        return Math.clamp(nanos / 1_000, 1, MOST_MICROS);
    }
}
