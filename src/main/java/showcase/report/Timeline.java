package showcase.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a timeline chart shows: groups (one per case) of lanes (one per model and task), each a
 * bar from the task's start to its end, coloured by how it ended, with a tick where the run's
 * outcome was decided. Times are milliseconds since the call began.
 */
public record Timeline(String title, List<Group> groups) {

    public record Group(String label, List<Lane> lanes) {
    }

    /**
     * One task's bar (none for a task that never started). {@code decidedAt} is when its run's outcome was decided, if it was: the part
     * of a bar after it is work done for nothing unless the task was the one that decided.
     */
    public record Lane(String label, double start, double end, Ending ending, OptionalDouble decidedAt, boolean decisive) {
    }

    public enum Ending { FINISHED, FAILED, INTERRUPTED, STILL_RUNNING, NEVER_STARTED }
}
