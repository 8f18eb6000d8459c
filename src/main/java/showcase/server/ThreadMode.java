package showcase.server;

import showcase.values.KebabCaseId;

/**
 * What runs a request, and the subtasks its scope forks: a virtual thread of its own, or one of a
 * bounded pool of platform threads (forking platform threads). The same handler code runs in both;
 * only the threads under it change, as with the one-line switch of the common servers.
 */
public enum ThreadMode implements KebabCaseId {
    VIRTUAL("a virtual thread per request, forking virtual threads"),
    PLATFORM("a pool of platform threads, forking platform threads");

    private final String description;

    ThreadMode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
