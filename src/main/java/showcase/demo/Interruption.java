package showcase.demo;

/**
 * Whether the user has interrupted the run (Ctrl-C, SIGTERM). A demo sees an interrupt as an
 * {@code InterruptedException}, but compare's interrupt case interrupts its caller on purpose:
 * this flag tells the user's interrupt, which ends the run, from the case's, which is measured.
 */
public final class Interruption {

    private static volatile boolean signalled;

    private Interruption() {
    }

    /** Called by the signal handler before it interrupts the demo. */
    public static void signal() {
        signalled = true;
    }

    public static boolean signalled() {
        return signalled;
    }

    /** Throws if the user has interrupted the run: for code that has just cleared an interrupt of its own. */
    public static void throwIfSignalled() throws InterruptedException {
        if (signalled) {
            throw new InterruptedException("interrupted by a signal");
        }
    }
}
