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
        this.idleRss = sample().rssBytes();
        this.cpuBefore = ProcessFigures.cpuMillis(pid);
    }

    /** Safe to call from any thread; returns what it read, for the figures that are read only once. */
    ProcessFigures.Status sample() {
        ProcessFigures.Status status = ProcessFigures.status(pid);
        status.threads().ifPresent(threads -> peakThreads.accumulateAndGet(threads, Math::max));
        return status;
    }

    /** Call while the server still runs: once it has exited, its figures are gone. */
    ServerFigures figures() {
        OptionalLong peakRss = sample().peakRssBytes();
        long threads = peakThreads.get();
        OptionalLong cpuNow = ProcessFigures.cpuMillis(pid);
        return new ServerFigures(idleRss, peakRss,
                threads < 0 ? OptionalLong.empty() : OptionalLong.of(threads),
                cpuNow.isPresent() && cpuBefore.isPresent()
                        ? OptionalLong.of(cpuNow.getAsLong() - cpuBefore.getAsLong()) : OptionalLong.empty());
    }
}
