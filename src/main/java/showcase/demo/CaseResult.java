package showcase.demo;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.SiblingFate;
import showcase.observe.ThreadCensus;

/**
 * One model's run of one case, as measured: the call's result or exception, when its outcome was
 * decided and by what, what became of the unfinished tasks, and the threads it used. Times are
 * nanoseconds on the run's recorder clock.
 *
 * @param tasks the names of the run's tasks, in the order given to the model
 * @param decidedBy the task whose failure or win decided the outcome; empty for a deadline or an interrupt
 * @param threads the thread census of the run, if one was taken
 * @param recorder the run's events, complete: every task had ended or been given up on
 */
public record CaseResult(
        String model,
        Case kase,
        List<String> tasks,
        long callStartNanos,
        long callEndNanos,
        Object result,
        Throwable failure,
        OptionalLong decidedAtNanos,
        Optional<String> decidedBy,
        List<SiblingFate> siblings,
        Optional<ThreadCensus.Count> threads,
        EventRecorder recorder) {

    /** The tasks still running when the call returned, each with its thread. */
    public List<Event> leftRunning() {
        return recorder.runningAt(callEndNanos);
    }

    public List<Event> events() {
        return recorder.events();
    }

    public long wallMillis() {
        return Math.round((callEndNanos - callStartNanos) / 1e6);
    }

    /** The result, or the exception's type with its cause's: {@code FailedException (TaskFailedException)}. */
    public String outcome() {
        return failure == null ? String.valueOf(result) : describe(failure);
    }

    /** The exception's type with its cause's: {@code StructuredTaskScope.FailedException (TaskFailedException)}. */
    public static String describe(Throwable failure) {
        String type = typeName(failure);
        Throwable cause = failure.getCause();
        return cause == null ? type : type + " (" + typeName(cause) + ")";
    }

    /** {@code StructuredTaskScope.TimeoutException}, not just {@code TimeoutException}: two exist. */
    static String typeName(Throwable throwable) {
        Class<?> type = throwable.getClass();
        String name = type.getCanonicalName() == null ? type.getName() : type.getCanonicalName();
        return name.substring(type.getPackageName().length() + 1);
    }

    /** What became of the unfinished tasks, in words: {@code world interrupted 1 ms after hello failed}. */
    public String aftermath() {
        if (decidedAtNanos.isEmpty()) {
            return "nothing to cancel";
        }
        String decision = switch (kase) {
            case GATHER, GATHER_FAILURE -> decidedBy.orElseThrow() + " failed";
            case RACE -> decidedBy.orElseThrow() + " won";
            case DEADLINE -> "the deadline";
            case INTERRUPT -> "the interrupt";
        };
        if (siblings.isEmpty()) {
            return "every other task had ended before " + decision;
        }
        return siblings.stream().map(fate -> switch (fate.fate()) {
            case INTERRUPTED -> fate.task() + " interrupted " + fate.reactionMillis() + " ms after " + decision;
            case RAN_ON -> fate.task() + " not interrupted, ran on " + fate.wastedMillis() + " ms after " + decision;
            case NEVER_STARTED -> fate.task() + " never started";
            case STILL_RUNNING -> fate.task() + " still running " + fate.wastedMillis() + " ms after " + decision;
        }).collect(Collectors.joining("; "));
    }

    public long wastedMillis() {
        return siblings.stream().mapToLong(SiblingFate::wastedMillis).sum();
    }
}
