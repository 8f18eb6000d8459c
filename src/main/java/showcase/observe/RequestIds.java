package showcase.observe;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids for {@link RequestId#CURRENT}: {@code request-1}, {@code request-2}, ... in the order
 * requests begin in this process. A counter, not a UUID: cheap enough for hello's start-up, and
 * the same on every run, so a log can be compared with the README's.
 */
public final class RequestIds {

    private static final AtomicLong LAST = new AtomicLong();

    private RequestIds() {
    }

    public static String next() {
        return "request-" + LAST.incrementAndGet();
    }
}
