package showcase.demo.scale;

/**
 * Shows a child's progress while it runs: progress bars on a terminal, nothing otherwise (tests,
 * pipes, files), so that nothing of a bar ever lands in a log someone reads later.
 */
interface ProgressDisplay extends AutoCloseable {

    /** Nothing at all. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public ChildRun.Progress begin(String model, long tasks) {
            return (started, completed) -> { };
        }

        @Override
        public void end() {
        }
    };

    /** A progress bar per model on stderr, drawn by the progressbar library. */
    static ProgressDisplay onTerminal() {
        return new TerminalProgress();
    }

    /** Starts showing one model's child; it reports through the returned progress. */
    ChildRun.Progress begin(String model, long tasks);

    /** The child has ended: close its bars. */
    void end();

    @Override
    default void close() {
        end();
    }
}
