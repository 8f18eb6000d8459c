package showcase.demo.scale;

import me.tongfei.progressbar.ProgressBar;
import showcase.report.ProgressBarsOnStderr;
import showcase.values.Counts;

/**
 * Two bars per model on stderr: tasks forked, then, once all are, tasks finished. Only this class
 * touches the progressbar library, and only on a terminal, so nothing else loads it.
 */
final class ProgressBars implements ProgressDisplay {

    private String label;
    private long tasks;
    private ProgressBar forked;
    private ProgressBar finished;

    @Override
    public synchronized ChildRun.Progress begin(String model, long tasks) {
        stop();
        this.label = model + " " + Counts.format(tasks);
        this.tasks = tasks;
        return this::update;
    }

    // The first bar comes with the first progress line, after the log has said the child started.
    private synchronized void update(long started, long completed) {
        if (forked == null && finished == null) {
            forked = bar(label + " forked");
        }
        if (forked != null) {
            forked.stepTo(started);
            if (started < tasks) {
                return;
            }
            forked.close();
            forked = null;
            finished = bar(label + " finished");
        }
        if (finished != null) {
            finished.stepTo(completed);
        }
    }

    @Override
    public synchronized void stop() {
        if (forked != null) {
            forked.close();
            forked = null;
        }
        if (finished != null) {
            finished.close();
            finished = null;
        }
    }

    private ProgressBar bar(String name) {
        return ProgressBarsOnStderr.builder(name, tasks).showSpeed().build();
    }
}
