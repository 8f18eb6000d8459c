package showcase.server.load;

import java.util.OptionalLong;

/**
 * What the server process used during a run, read from outside it by the operating system:
 * resident memory before the load and at its peak, the most operating-system threads it had at
 * once (platform threads; virtual threads are not the OS's to count), and the CPU time it spent
 * while the load ran.
 */
record ServerFigures(OptionalLong idleRssBytes, OptionalLong peakRssBytes, OptionalLong peakThreads,
        OptionalLong cpuMillis) {

    /** The memory the load added, per client: what a request in flight costs the server. */
    OptionalLong bytesPerClient(int clients) {
        if (idleRssBytes.isEmpty() || peakRssBytes.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, peakRssBytes.getAsLong() - idleRssBytes.getAsLong()) / clients);
    }
}
