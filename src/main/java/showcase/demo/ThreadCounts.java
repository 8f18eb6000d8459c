package showcase.demo;

import showcase.observe.ThreadCensus;

/** Thread counts in words for tables: {@code 2 virtual}, {@code 2 platform}, {@code none}. */
final class ThreadCounts {

    private ThreadCounts() {
    }

    static String created(ThreadCensus.Count count) {
        return describe(count.platformStarted(), count.virtualStarted());
    }

    static String describe(long platform, long virtual) {
        if (platform == 0 && virtual == 0) {
            return "none";
        }
        if (platform == 0) {
            return virtual + " virtual";
        }
        return virtual == 0 ? platform + " platform" : platform + " platform, " + virtual + " virtual";
    }
}
