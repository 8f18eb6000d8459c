package showcase.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;

/**
 * What a gather itself costs, per model: fork two tasks that do nothing and join them. For the
 * structured scope that is opening the scope, two virtual threads and the join; for the platform
 * models, two operating-system threads (or a pool's) created and ended.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
// JMH itself still reads fields through sun.misc.Unsafe, which Java 25 warns about unless allowed.
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "--sun-misc-unsafe-memory-access=allow"})
public class TwoNoOpTasks {

    private static final List<Callable<Boolean>> TASKS = List.of(() -> Boolean.TRUE, () -> Boolean.TRUE);

    @Param({"structured", "structured-platform", "virtual-executor", "platform-threads", "fixed-pool",
            "completable-future", "sequential"})
    public String model;

    private ConcurrencyModel gatherer;

    @Setup
    public void setUp() {
        gatherer = Models.named(model).orElseThrow();
    }

    @Benchmark
    public List<Boolean> forkAndJoin() throws Exception {
        return gatherer.all(TASKS);
    }
}
