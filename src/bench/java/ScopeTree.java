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
 * A lever measured for scale and dropped (README, "scale"): N sleepers forked from one scope
 * ({@code flat}), or from a tree of scopes ({@code tree}: N / BRANCH subtasks that each open a
 * scope of their own and fork BRANCH sleepers), so that the forking runs on every carrier instead
 * of the one owner thread, and every scope's set of its threads stays small. Each shape warms up
 * on itself first. Prints the gather's wall time, the instant the N-th sleeper started, the peak
 * RSS. Run it with scale's child flags: {@code java --enable-preview -XX:+UseSerialGC
 * -XX:-BackgroundCompilation -XX:+UseCompactObjectHeaders -Xmn1590m src/bench/java/ScopeTree.java tree 1000000 1000}.
 */
public class ScopeTree {

    private static final AtomicInteger started = new AtomicInteger();
    private static volatile long allStartedNanos;

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].matches("flat|tree") || !args[1].matches("[1-9]\\d*")
                || !args[2].matches("[1-9]\\d*")) {
            System.err.println("usage: ScopeTree flat|tree TASKS BRANCH, e.g. tree 1000000 1000");
            System.exit(2);
        }
        boolean tree = args[0].equals("tree");
        int tasks = Integer.parseInt(args[1]);
        int branch = Integer.parseInt(args[2]);
        for (int round = 0; round < 20; round++) {
            gather(tree, sleepers(1_000, 1, -1), 32);
        }
        System.gc();
        long start = System.nanoTime();
        gather(tree, sleepers(tasks, 1_000, tasks), branch);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).findFirst().orElse("VmHWM: n/a");
        System.out.println(args[0] + " wallMillis " + wallMillis + " forkMillis " + (allStartedNanos - start) / 1_000_000
                + " " + peak.replaceAll("\\s+", " "));
    }

    // One callable N times, as scale forks it; the last to start notes the instant.
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

    private static List<Boolean> gather(boolean tree, List<Callable<Boolean>> tasks, int branch) throws InterruptedException {
        return tree ? branches(tasks, branch) : all(tasks);
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
}
