package showcase.observe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;

/**
 * What became of a task that was still unfinished when its run's outcome was decided (a sibling
 * failed, a race was won, the deadline passed, the caller was interrupted): whether it was
 * interrupted and how soon, and how long it went on working for nothing. Read from events only.
 */
public record SiblingFate(String task, Fate fate, long reactionNanos, long wastedNanos) {

    public enum Fate {
        /** Its thread was interrupted and it stopped; {@code reactionNanos} after the decision. */
        INTERRUPTED,
        /** Nobody stopped it: it ran to its end after the outcome was decided. */
        RAN_ON,
        /** It never started, so nothing was wasted. */
        NEVER_STARTED,
        /** It had not ended when the observation stopped. */
        STILL_RUNNING
    }

    /**
     * The fates of {@code tasks}, except {@code decidedBy} (the task whose failure or success
     * decided), that had not ended at {@code decidedAtNanos}. {@code observedUntilNanos} stands
     * in for the end of a task that never ended.
     */
    public static List<SiblingFate> after(EventRecorder recorder, Collection<String> tasks, Optional<String> decidedBy,
            long decidedAtNanos, long observedUntilNanos) {
        List<SiblingFate> fates = new ArrayList<>();
        for (String task : tasks) {
            if (decidedBy.filter(task::equals).isPresent()) {
                continue;
            }
            Optional<Event> start = recorder.start(task);
            Optional<Event> end = recorder.end(task);
            if (end.isPresent() && end.get().nanos() <= decidedAtNanos) {
                continue;
            }
            if (start.isEmpty()) {
                fates.add(new SiblingFate(task, Fate.NEVER_STARTED, 0, 0));
                continue;
            }
            long workingFrom = Math.max(start.get().nanos(), decidedAtNanos);
            long endNanos = end.map(Event::nanos).orElse(observedUntilNanos);
            Fate fate = end.isEmpty() ? Fate.STILL_RUNNING
                    : end.get().kind() == Kind.INTERRUPTED ? Fate.INTERRUPTED
                    : Fate.RAN_ON;
            fates.add(new SiblingFate(task, fate, endNanos - decidedAtNanos, endNanos - workingFrom));
        }
        return fates;
    }

    public long reactionMillis() {
        return Math.round(reactionNanos / 1e6);
    }

    public long wastedMillis() {
        return Math.round(wastedNanos / 1e6);
    }
}
