package showcase.bench;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Ten thousand tasks that each sleep 1 ms, gathered per model: 1 ms plus what it costs to have ten
 * thousand blocked at once. Virtual threads park; platform threads are ten thousand OS threads
 * created and ended per operation; the fixed pool runs four at a time. Sequential is left out:
 * by definition it takes ten thousand sleeps, over 10 s an operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TenThousandSleeps extends PerModel {

    private static final int TASKS = 10_000;
    private static final List<Callable<Boolean>> SLEEPS = Collections.nCopies(TASKS, () -> {
        Thread.sleep(1);
        return Boolean.TRUE;
    });

    @Param({"structured", "structured-platform", "virtual-executor", "platform-threads", "fixed-pool",
            "completable-future"})
    public String model;

    @Override
    Set<String> leftOut() {
        return Set.of("sequential");
    }

    @Benchmark
    public List<Boolean> forkAndJoin() throws Exception {
        return gatherer.all(SLEEPS);
    }
}
