package showcase.demo.scale;

import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Two bars per model on stderr: tasks forked, then, once all are, tasks finished. Only this class
 * touches the progressbar library, and only on a terminal, so nothing else loads it.
 */
final class TerminalProgress implements ProgressDisplay {

    private ProgressBar forked;
    private ProgressBar finished;

    @Override
    public synchronized ChildRun.Progress begin(String model, long tasks) {
        end();
        String label = model + " " + String.format(Locale.ROOT, "%,d", tasks);
        forked = bar(label + " forked", tasks);
        return (started, completed) -> update(label, tasks, started, completed);
    }

    private synchronized void update(String label, long tasks, long started, long completed) {
        if (forked == null) {
            return;
        }
        forked.stepTo(started);
        if (started >= tasks && finished == null) {
            forked.close();
            finished = bar(label + " finished", tasks);
        }
        if (finished != null) {
            finished.stepTo(completed);
        }
    }

    @Override
    public synchronized void end() {
        if (finished != null) {
            finished.close();
            finished = null;
        }
        if (forked != null) {
            forked.close();
            forked = null;
        }
    }

    private static ProgressBar bar(String label, long max) {
        return new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(100)
                .showSpeed()
                .build();
    }
}
