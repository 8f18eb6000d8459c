package showcase.demo.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What became of the tasks still unfinished when a run's outcome was decided (a failure, a win,
 * the deadline, the interrupt): stopped by the runtime, and how soon, or left to run on, and for
 * how long. Read from the events a program reported, the same way for Python and for Java.
 */
public record Siblings(List<Fate> fates) {

    /** How a sibling fared after the decision. */
    public enum Kind {
        /** Interrupted (Java) or cancelled (asyncio); {@code millis} after the decision. */
        STOPPED,
        /** Nobody stopped it: it ended on its own, {@code millis} of work after the decision. */
        RAN_ON,
        /** It had not ended when the program reported; {@code millis} of it were seen. */
        STILL_RUNNING
    }

    /** One sibling's fate: its task, how it fared, and the milliseconds that took (see {@link Kind}). */
    public record Fate(String task, Kind kind, double millis) {
    }

    public static Siblings of(ProgramRun run) {
        if (run.decidedAtMillis().isEmpty()) {
            return new Siblings(List.of());
        }
        double decided = run.decidedAtMillis().getAsDouble();
        Set<String> tasks = new LinkedHashSet<>();
        run.events().forEach(event -> tasks.add(event.task()));
        run.decidedBy().ifPresent(tasks::remove);
        List<Fate> fates = new ArrayList<>();
        for (String task : tasks) {
            Optional<TaskEvent> start = first(run, task, false);
            Optional<TaskEvent> end = first(run, task, true);
            if (start.isEmpty() || end.isPresent() && end.get().atMillis() <= decided) {
                continue;
            }
            double from = Math.max(start.get().atMillis(), decided);
            if (end.isEmpty()) {
                fates.add(new Fate(task, Kind.STILL_RUNNING, run.wallMillis() - from));
            } else if (end.get().stopped()) {
                fates.add(new Fate(task, Kind.STOPPED, end.get().atMillis() - decided));
            } else {
                fates.add(new Fate(task, Kind.RAN_ON, end.get().atMillis() - from));
            }
        }
        return new Siblings(fates);
    }

    private static Optional<TaskEvent> first(ProgramRun run, String task, boolean ending) {
        return run.events().stream().filter(e -> e.task().equals(task) && e.ends() == ending).findFirst();
    }

    /** True when every unfinished sibling was stopped, false when one was not; empty when there was none. */
    public Optional<Boolean> cancelled() {
        return fates.isEmpty() ? Optional.empty() : Optional.of(fates.stream().allMatch(f -> f.kind() == Kind.STOPPED));
    }

    /** Work done after the decision by the siblings nobody stopped, in ms. */
    public double wastedMillis() {
        return fates.stream().filter(f -> f.kind() != Kind.STOPPED).mapToDouble(Fate::millis).sum();
    }

    /** {@code yes, +1 ms} (the slowest to stop), {@code no, ran on 100 ms}, {@code 1 of 2, +1 ms}, or {@code -}. */
    public String describe() {
        long stopped = fates.stream().filter(f -> f.kind() == Kind.STOPPED).count();
        if (fates.isEmpty()) {
            return "-";
        }
        if (stopped == 0) {
            return "no, ran on " + Math.round(wastedMillis()) + " ms";
        }
        long slowest = Math.round(fates.stream().filter(f -> f.kind() == Kind.STOPPED).mapToDouble(Fate::millis).max()
                .orElseThrow());
        return (stopped == fates.size() ? "yes" : stopped + " of " + fates.size()) + ", +" + slowest + " ms";
    }
}
