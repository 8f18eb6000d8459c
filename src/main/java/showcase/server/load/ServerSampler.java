package showcase.server.load;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import showcase.child.ProcessFigures;

/**
 * Watches a server process from outside, as {@code top} would: its resident memory and CPU time
 * before the load, its operating-system threads at every sample (keeping the most), and at the
 * end its peak resident memory, which the OS keeps for it, and the CPU time it has spent since.
 */
final class ServerSampler {

    private final long pid;
    private final OptionalLong idleRss;
    private final OptionalLong cpuBefore;
    private final AtomicLong peakThreads = new AtomicLong(-1);

    ServerSampler(long pid) {
        this.pid = pid;
        this.idleRss = ProcessFigures.rssBytes(pid);
        this.cpuBefore = ProcessFigures.cpuMillis(pid);
        sample();
    }

    /** Safe to call from any thread. */
    void sample() {
        ProcessFigures.threads(pid).ifPresent(threads -> peakThreads.accumulateAndGet(threads, Math::max));
    }

    /** Call while the server still runs: once it has exited, its figures are gone. */
    ServerFigures figures() {
        sample();
        long threads = peakThreads.get();
        OptionalLong cpuNow = ProcessFigures.cpuMillis(pid);
        return new ServerFigures(idleRss, ProcessFigures.peakRssBytes(pid),
                threads < 0 ? OptionalLong.empty() : OptionalLong.of(threads),
                cpuNow.isPresent() && cpuBefore.isPresent()
                        ? OptionalLong.of(cpuNow.getAsLong() - cpuBefore.getAsLong()) : OptionalLong.empty());
    }
}
