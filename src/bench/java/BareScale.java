import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The yardstick for scale's own overhead: the same fork/sleep/join in one file, with nothing of
 * the showcase (no models, no progress lines, no parent JVM). The same warm-up rounds first, then
 * N tasks each sleeping 1 s in one scope, gathered as the structured model gathers them (every
 * result, in fork order) from one task forked N times, as scale forks it, with the one counter
 * that tells when the N-th started. Prints the gather's wall time, the peak RSS and the fork
 * phase. scripts/bench scale runs it with the same JVM flags as a scale child. N is written as
 * scripts/showcase reads a count: 1000000, 1_000_000, 1e6.
 *
 * <p>With a second argument B, the lever scripts/bench scope-tree measures (README, "scale"): N / B
 * subtasks that each open a scope of their own and fork B sleepers into it, so that the forking
 * runs on every carrier instead of the one owner thread, and every scope's set of its threads
 * stays small. The warm-up then runs in that shape too.
 */
public class BareScale {

    private static final long MOST_TASKS = 10_000_000;
    private static final AtomicInteger started = new AtomicInteger();
    private static volatile long allStartedNanos;

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            refuse(String.join(" ", args));
        }
        int tasks = count(args[0]);
        boolean tree = args.length == 2;
        int branch = tree ? count(args[1]) : tasks;
        for (int round = 0; round < 20; round++) {
            gather(sleepers(1_000, 1, -1), tree ? 32 : 1_000);
        }
        System.gc();
        long start = System.nanoTime();
        gather(sleepers(tasks, 1_000, tasks), branch);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).findFirst().orElse("VmHWM: n/a");
        System.out.println("wallMillis " + wallMillis + " " + peak.replaceAll("\\s+", " ") + " forkMillis "
                + (allStartedNanos - start) / 1_000_000);
    }

    // One task N times; the one to start LAST-th notes the instant.
    private static List<Callable<Boolean>> sleepers(int count, long sleepMillis, int last) {
        started.set(0);
        Callable<Boolean> task = () -> {
            if (started.incrementAndGet() == last) {
                allStartedNanos = System.nanoTime();
            }
            Thread.sleep(sleepMillis);
            return Boolean.TRUE;
        };
        return Collections.nCopies(count, task);
    }

    // A branch as large as the list is one scope.
    private static <T> List<T> gather(List<Callable<T>> tasks, int branch) throws InterruptedException {
        return branch >= tasks.size() ? all(tasks) : branches(tasks, branch);
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>allSuccessfulOrThrow())) {
            tasks.forEach(scope::fork);
            return scope.join().map(Subtask::get).toList();
        }
    }

    // Each branch is a subtask that gathers its share in a scope of its own, nested in this one.
    private static <T> List<T> branches(List<Callable<T>> tasks, int branch) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<List<T>>allSuccessfulOrThrow())) {
            for (int from = 0; from < tasks.size(); from += branch) {
                List<Callable<T>> share = tasks.subList(from, Math.min(tasks.size(), from + branch));
                scope.fork(() -> all(share));
            }
            List<T> results = new ArrayList<>(tasks.size());
            scope.join().forEach(subtask -> results.addAll(subtask.get()));
            return results;
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
        refuse(text);
        return 0;
    }

    private static void refuse(String text) {
        System.err.println("BareScale: '" + text + "' is not a count from 1 to 10,000,000: write it like 1000000, "
                + "1_000_000 or 1e6; usage: BareScale TASKS [BRANCH]");
        System.exit(2);
    }
}
