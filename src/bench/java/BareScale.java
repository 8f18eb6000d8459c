import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

/**
 * The yardstick for scale's own overhead: the same fork/sleep/join in one file, with nothing of
 * the showcase (no models, no counters, no progress lines, no parent JVM). The same warm-up
 * round first, then N tasks each sleeping 1 s in one scope. Prints the gather's wall time and
 * the peak RSS. scripts/bench scale runs it with the same JVM flags as a scale child.
 */
public class BareScale {

    public static void main(String[] args) throws Exception {
        int tasks = (int) Double.parseDouble(args[0]);
        gather(20_000, 1);
        System.gc();
        long start = System.nanoTime();
        gather(tasks, 1_000);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).findFirst().orElse("VmHWM: n/a");
        System.out.println("wallMillis " + wallMillis + " " + peak.replaceAll("\\s+", " "));
    }

    private static void gather(int tasks, long sleepMillis) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<Boolean>awaitAllSuccessfulOrThrow())) {
            for (int i = 0; i < tasks; i++) {
                scope.fork(() -> {
                    Thread.sleep(sleepMillis);
                    return Boolean.TRUE;
                });
            }
            scope.join();
        }
    }
}
