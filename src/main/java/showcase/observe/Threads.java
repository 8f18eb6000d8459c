package showcase.observe;

/** Small thread chores that are plumbing, not the lesson of any model. */
public final class Threads {

    private Threads() {
    }

    /** {@code virtual#34} or {@code platform#1}: what a thread really is, whatever its name. */
    public static String describe(Thread thread) {
        return describe(thread.isVirtual(), thread.threadId());
    }

    /** {@code virtual#34} or {@code platform#3}: a thread as the log names it. */
    public static String describe(boolean virtual, long threadId) {
        return (virtual ? "virtual#" : "platform#") + threadId;
    }

    /**
     * Waits for the thread to end even if the caller is interrupted meanwhile, then restores the
     * caller's interrupt status: for clean-up code that must not leave a thread behind.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
