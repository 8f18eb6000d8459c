package showcase.observe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the threads of one run: platform threads started during it (the JVM's own counter),
 * virtual threads that ran its tasks (virtual threads are never pooled, so each was created for
 * the run), and any thread of the run still alive once it is over.
 */
public final class ThreadCensus {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The JDK's own service threads: the virtual-thread scheduler's carriers and timer, its
     * unblocker, the common pool's workers, the cleaner, Java2D's disposer (the root "system"
     * group). They start on first use (the first virtual thread, the first scope with a timeout,
     * the first chart) and stay for the life of the JVM, so they belong to no run.
     */
    private static final Set<String> JDK_THREAD_GROUPS =
            Set.of("system", "CarrierThreads", "InnocuousThreadGroup", "InnocuousForkJoinWorkerThreadGroup");

    /** A ForkJoinPool's timer thread; the common pool's lands in whatever group first used it. */
    private static final String POOL_TIMER_CLASS = "java.util.concurrent.DelayScheduler";

    private final long platformStartedBefore;
    private final Set<Thread> platformAliveBefore;

    private ThreadCensus() {
        platformStartedBefore = THREADS.getTotalStartedThreadCount();
        platformAliveBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** Takes the "before" half of the census; call it just before the run. */
    public static ThreadCensus begin() {
        return new ThreadCensus();
    }

    /** What a run created, and which of its threads it left alive. */
    public record Count(long platformStarted, long virtualStarted, List<Thread> alive) {
    }

    /**
     * Takes the "after" half for a run whose tasks reported to {@code recorder}. JDK service
     * threads that the run happened to start first (the first virtual thread starts the
     * scheduler's carriers) are not counted as the run's: they stay and serve every later run.
     */
    public Count end(EventRecorder recorder, Duration grace) throws InterruptedException {
        Set<Thread> platformNow = Thread.getAllStackTraces().keySet();
        long jdkServiceThreadsStarted = platformNow.stream()
                .filter(thread -> !platformAliveBefore.contains(thread) && isJdkServiceThread(thread))
                .count();
        long platformStarted = THREADS.getTotalStartedThreadCount() - platformStartedBefore - jdkServiceThreadsStarted;
        List<Thread> ofTheRun = recorder.threads();
        long virtualStarted = ofTheRun.stream().filter(Thread::isVirtual).count();
        return new Count(platformStarted, virtualStarted, leftAlive(ofTheRun, platformNow, grace));
    }

    /**
     * The platform threads started since {@link #begin()}, and the given threads of the run, that
     * are still alive. A thread that has just finished its last task may need a moment to exit, so
     * each is given up to {@code grace} before it counts. The calling thread never counts.
     */
    public List<Thread> leftAlive(Collection<Thread> ofTheRun, Duration grace) throws InterruptedException {
        return leftAlive(ofTheRun, Thread.getAllStackTraces().keySet(), grace);
    }

    private List<Thread> leftAlive(Collection<Thread> ofTheRun, Set<Thread> platformNow, Duration grace)
            throws InterruptedException {
        Set<Thread> suspects = new LinkedHashSet<>(ofTheRun);
        suspects.addAll(platformNow);
        suspects.removeAll(platformAliveBefore);
        suspects.remove(Thread.currentThread());
        suspects.removeIf(ThreadCensus::isJdkServiceThread);
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : suspects) {
            thread.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return suspects.stream().filter(Thread::isAlive).toList();
    }

    private static boolean isJdkServiceThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return group != null && JDK_THREAD_GROUPS.contains(group.getName())
                || thread.getClass().getName().equals(POOL_TIMER_CLASS);
    }
}
