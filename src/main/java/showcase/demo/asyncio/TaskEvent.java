package showcase.demo.asyncio;

/**
 * One thing a task did, as a program reported it: {@code started}, {@code finished},
 * {@code failed}, or stopped by its runtime ({@code interrupted} in Java, {@code cancelled} in
 * asyncio), in milliseconds since the call began, with what ran it ({@code virtual#21}, {@code task-2}).
 */
public record TaskEvent(String task, String kind, double atMillis, String runsOn) {

    public boolean ends() {
        return !kind.equals("started");
    }

    /** Stopped by its runtime: an interrupt in Java, a cancellation in asyncio. */
    public boolean stopped() {
        return kind.equals("interrupted") || kind.equals("cancelled");
    }
}
