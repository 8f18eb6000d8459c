package showcase.demo.scale;

/**
 * Shows a child's progress while it runs: progress bars on a terminal, nothing otherwise (tests,
 * pipes, files), so that nothing of a bar ever lands in a log someone reads later.
 */
interface ProgressDisplay {

    /** Nothing at all. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public ChildRun.Progress begin(String model, long tasks) {
            return (started, completed) -> { };
        }

        @Override
        public void stop() {
        }
    };

    /** A progress bar per model on stderr, drawn by the progressbar library. */
    static ProgressDisplay onTerminal() {
        return new ProgressBars();
    }

    /** Starts showing one model's child; it reports through the returned progress. */
    ChildRun.Progress begin(String model, long tasks);

    /** The child has ended (or the run was interrupted): close its bars where they are. */
    void stop();
}
