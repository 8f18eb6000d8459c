package showcase.demo.scale;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import showcase.values.Counts;

/**
 * Platform threads, but no more than {@code cap} created and not yet ended: past it, {@link #newThread}
 * throws {@link Refused}, standing in for the operating system's own refusal before the machine
 * runs out of threads for everyone. A model sees it as it would see any factory refusing.
 */
final class CappedThreadFactory implements ThreadFactory {

    /** The factory's refusal, saying which cap was reached. */
    static final class Refused extends RejectedExecutionException {

        private static final long serialVersionUID = 1L;

        Refused(int cap) {
            super("platform-thread cap reached: " + Counts.format(cap) + " threads made and not yet ended "
                    + "(--max-platform-threads moves it)");
        }
    }

    private final ThreadFactory platform = Thread.ofPlatform().factory();
    private final int cap;
    private final AtomicInteger alive = new AtomicInteger();

    CappedThreadFactory(int cap) {
        this.cap = cap;
    }

    @Override
    public Thread newThread(Runnable task) {
        if (alive.incrementAndGet() > cap) {
            alive.decrementAndGet();
            throw new Refused(cap);
        }
        try {
            return platform.newThread(() -> {
                try {
                    task.run();
                } finally {
                    alive.decrementAndGet();
                }
            });
        } catch (RuntimeException | Error e) {
            alive.decrementAndGet();
            throw e;
        }
    }
}
