package showcase.report;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What a demo shows on stdout (a table, a JSON document), printed exactly once: when the demo
 * ends, however it ends, or by the signal handler when an interrupted demo cannot stop in time.
 * A demo tracks what it has finished so far, so an interrupted run still prints those rows.
 */
public final class Report {

    private final PrintStream out;
    private final AtomicBoolean printed = new AtomicBoolean();
    private volatile Supplier<String> content = () -> "";

    public Report(PrintStream out) {
        this.out = out;
    }

    /** What to print; read from whichever thread prints, so it must be safe to call from any. */
    public void track(Supplier<String> content) {
        this.content = content;
    }

    /** Prints the content unless it has been printed already. */
    public void print() {
        if (printed.compareAndSet(false, true)) {
            out.print(content.get());
            out.flush();
        }
    }

    /** For output that streams while the demo runs rather than at its end. */
    public PrintStream out() {
        return out;
    }
}
