package showcase.demo.scale;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Queue;
import java.util.Set;

/**
 * What a model's gather ended with, read from what it threw: the thread cap's refusal or an
 * {@link OutOfMemoryError} (the JVM's "unable to create native thread" when the operating system
 * refuses one; a full heap ends a scale child before Java sees it, {@code -XX:+ExitOnOutOfMemoryError})
 * is a limit, in the JVM's own words; anything else a failure.
 */
record Outcome(Status status, String reason) {

    static final Outcome OK = new Outcome(Status.OK, "");

    static Outcome of(Throwable thrown) {
        Queue<Throwable> toVisit = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toVisit.add(thrown);
        while (!toVisit.isEmpty()) {
            Throwable t = toVisit.remove();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof CappedThreadFactory.Refused refused) {
                return new Outcome(Status.LIMIT, refused.getMessage());
            }
            if (t instanceof OutOfMemoryError outOfMemory) {
                return new Outcome(Status.LIMIT, outOfMemory.toString());
            }
            if (t.getCause() != null) {
                toVisit.add(t.getCause());
            }
            Collections.addAll(toVisit, t.getSuppressed());
        }
        return new Outcome(Status.FAILED, thrown.toString());
    }
}
