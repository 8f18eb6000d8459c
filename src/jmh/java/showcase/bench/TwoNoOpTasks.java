package showcase.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * What a gather itself costs, per model: fork two tasks that do nothing and join them. For the
 * structured scope that is opening the scope, two virtual threads and the join; for the platform
 * models, two operating-system threads (or a pool's) created and ended.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TwoNoOpTasks extends PerModel {

    private static final List<Callable<Boolean>> TASKS = List.of(() -> Boolean.TRUE, () -> Boolean.TRUE);

    @Param({"structured", "structured-platform", "virtual-executor", "platform-threads", "fixed-pool",
            "completable-future", "sequential"})
    public String model;

    @Benchmark
    public List<Boolean> forkAndJoin() throws Exception {
        return gatherer.all(TASKS);
    }
}
