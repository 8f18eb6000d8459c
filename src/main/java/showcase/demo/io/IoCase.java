package showcase.demo.io;

import java.util.Optional;
import showcase.demo.Case;
import showcase.values.KebabCaseId;

/**
 * The lessons of real I/O, each a case of {@code io}: the seed's gather over a query and an HTTP
 * call, the cancellations that must cross the network, the pool that becomes the limit, the
 * bulkhead that bounds the wait, and CPU-bound work that starves the carriers.
 */
public enum IoCase implements KebabCaseId {

    /** all(): hello is a query, world an HTTP call; both succeed. */
    GATHER(Case.GATHER),
    /** all(): the query fails in the server while the HTTP call is in flight. */
    GATHER_FAILURE(Case.GATHER_FAILURE),
    /** all() with a deadline that passes while the query and the HTTP call are both in flight. */
    DEADLINE(Case.DEADLINE),
    /** Many requests at once against a pool of ten connections: virtual threads, then a pool of platform threads. */
    POOL_LIMIT(null),
    /** The same load with a semaphore in front of the pool, which bounds the wait and refuses the rest. */
    BULKHEAD(null),
    /** As many CPU-bound tasks as carriers: does a heartbeat still tick? */
    CPU_STARVATION(null);

    private final Case network;

    IoCase(Case network) {
        this.network = network;
    }

    /** The compare case it runs over the network, for the three that gather a query and an HTTP call. */
    public Optional<Case> network() {
        return Optional.ofNullable(network);
    }

    public boolean needsDatabase() {
        return this != CPU_STARVATION;
    }
}
