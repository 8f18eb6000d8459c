package showcase.demo.pinning;

/** A class whose static initialiser blocks: loaded afresh for each thread by {@link ClassInitializerHold}. */
final class SleepyInit {

    static {
        try {
            Thread.sleep(ClassInitializerHold.hold());
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted in a class initialiser", e);
        }
    }

    private SleepyInit() {
    }
}
