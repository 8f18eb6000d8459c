package showcase.server.load;

import java.util.OptionalLong;

/**
 * What the server process used during a run, read from outside it by the operating system:
 * resident memory before the load and at its peak, the most operating-system threads it had at
 * once (platform threads; virtual threads are not the OS's to count), and the CPU time it spent
 * while the load ran. Each figure is empty where the OS did not say, and all of them for a server
 * of yours, which the load did not start.
 */
record ServerFigures(OptionalLong idleRssBytes, OptionalLong peakRssBytes, OptionalLong peakThreads,
        OptionalLong cpuMillis) {

    /** A server the load did not start: nothing read. */
    static final ServerFigures NONE = new ServerFigures(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty());

    /** The memory the load added, per client: what a request in flight costs the server. */
    OptionalLong bytesPerClient(int clients) {
        if (idleRssBytes.isEmpty() || peakRssBytes.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, peakRssBytes.getAsLong() - idleRssBytes.getAsLong()) / clients);
    }
}
