import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * The yardstick for scale's own overhead: the same fork/sleep/join in one file, with nothing of
 * the showcase (no models, no counters, no progress lines, no parent JVM). The same warm-up
 * rounds first, then N tasks each sleeping 1 s in one scope, gathered as the structured model
 * gathers them (every result, in fork order) from one task forked N times, as scale forks it.
 * Prints the gather's wall time and the peak RSS. scripts/bench scale runs it with the same JVM
 * flags as a scale child. N is written as scripts/showcase reads a count: 1000000, 1_000_000, 1e6.
 */
public class BareScale {

    private static final long MOST_TASKS = 10_000_000;

    public static void main(String[] args) throws Exception {
        int tasks = count(args.length == 1 ? args[0] : "");
        for (int round = 0; round < 20; round++) {
            gather(1_000, 1);
        }
        System.gc();
        long start = System.nanoTime();
        gather(tasks, 1_000);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).findFirst().orElse("VmHWM: n/a");
        System.out.println("wallMillis " + wallMillis + " " + peak.replaceAll("\\s+", " "));
    }

    private static List<Boolean> gather(int tasks, long sleepMillis) throws InterruptedException {
        Callable<Boolean> task = () -> {
            Thread.sleep(sleepMillis);
            return Boolean.TRUE;
        };
        try (var scope = StructuredTaskScope.open(Joiner.<Boolean>allSuccessfulOrThrow())) {
            for (int i = 0; i < tasks; i++) {
                scope.fork(task);
            }
            return scope.join().map(Subtask::get).toList();
        }
    }

    // One line and exit code 2 for anything else, as scripts/showcase does.
    private static int count(String text) {
        if (text.matches("\\d[\\d_]*(\\.\\d+)?([eE][-+]?\\d+)?") && !text.contains("__") && !text.endsWith("_")) {
            BigDecimal count = new BigDecimal(text.replace("_", ""));
            if (count.stripTrailingZeros().scale() <= 0 && count.signum() > 0
                    && count.compareTo(BigDecimal.valueOf(MOST_TASKS)) <= 0) {
                return count.intValueExact();
            }
        }
        System.err.println("BareScale: '" + text + "' is not a count from 1 to 10,000,000: write it like 1000000, "
                + "1_000_000 or 1e6");
        System.exit(2);
        return 0;
    }
}
