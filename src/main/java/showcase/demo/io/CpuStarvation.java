package showcase.demo.io;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import showcase.model.ConcurrencyModel;
import showcase.observe.Threads;

/**
 * The seed's responsiveness claim, tested against work that never blocks: a heartbeat on a
 * virtual thread ticks while a model runs CPU-bound tasks. Virtual threads are scheduled by the
 * JDK on as many carriers as there are cores, and a task that computes never gives its carrier
 * back: with a task per carrier, nothing else virtual runs until one ends. Platform threads are
 * time-sliced by the operating system, so the heartbeat keeps its beat.
 */
final class CpuStarvation {

    /** The scheduler's parallelism, as the JDK reads it: the property if set, else the cores. */
    static final int CARRIERS = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
            Runtime.getRuntime().availableProcessors());
    static final Duration BEAT = Duration.ofMillis(10);

    /** One model's run: the tasks' wall time and the heartbeat's longest silence meanwhile. */
    record Row(String model, int tasks, long wallMillis, long longestGapMillis, int ticks) {
    }

    private CpuStarvation() {
    }

    static Row run(ConcurrencyModel model, int tasks, Duration work) throws Exception {
        List<Callable<Long>> spinners = Collections.nCopies(tasks, () -> spin(work));
        List<Long> ticks = Collections.synchronizedList(new ArrayList<>());
        Thread heartbeat = Thread.ofVirtual().name("heartbeat").start(() -> beat(ticks));
        long start = System.nanoTime();
        long end;
        try {
            model.all(spinners);
        } finally {
            end = System.nanoTime();
            heartbeat.interrupt();
            Threads.joinUninterruptibly(heartbeat);
        }
        return new Row(model.name(), tasks, TimeUnit.NANOSECONDS.toMillis(end - start),
                TimeUnit.NANOSECONDS.toMillis(longestGap(ticks, start, end)), ticks.size());
    }

    /** The longest time between two ticks, or between the start or the end and the tick nearest it. */
    static long longestGap(List<Long> ticks, long start, long end) {
        long longest = 0;
        long previous = start;
        synchronized (ticks) {
            for (long tick : ticks) {
                if (tick > start && tick < end) {
                    longest = Math.max(longest, tick - previous);
                    previous = tick;
                }
            }
        }
        return Math.max(longest, end - previous);
    }

    private static void beat(List<Long> ticks) {
        try {
            while (true) {
                Thread.sleep(BEAT);
                ticks.add(System.nanoTime());
            }
        } catch (InterruptedException stopped) {
            // The run is over.
        }
    }

    /**
     * Computes for {@code work} of wall time, never blocking, and returns what it computed so that the
     * JIT keeps it. Timed, not a counted amount of work: counting would need a calibration, and a test
     * run's busy JIT compiles the loop too late for one to hold. An interrupt (Ctrl-C, a model's
     * cancellation) ends it early: computing never blocks, so only a look at the flag can see one.
     */
    private static long spin(Duration work) {
        long end = System.nanoTime() + work.toNanos();
        long x = 1;
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            x = block(x);
        }
        return x;
    }

    private static long block(long seed) {
        long x = seed;
        for (int i = 0; i < 1_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
