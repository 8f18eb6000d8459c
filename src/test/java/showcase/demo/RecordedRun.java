package showcase.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.SiblingFate;
import showcase.observe.ThreadCensus;
import showcase.tasks.TaskSpec;

/**
 * A run's events recorded for real, hello then world on the calling thread (each sleeping a
 * millisecond or two), with the call's start, end and decision placed where a test needs them,
 * so that the reports built from it can be checked cell by cell.
 */
final class RecordedRun {

    final EventRecorder recorder = new EventRecorder();
    final Event helloStart;
    final Event helloEnd;
    final Event worldStart;
    final Event worldEnd;

    /** hello fails or succeeds after 1 ms; world then runs 2 ms, and is interrupted if {@code worldInterrupted}. */
    RecordedRun(boolean helloFails, boolean worldInterrupted) {
        TaskSpec hello = TaskSpec.hello(Duration.ofMillis(1));
        call("hello", helloFails ? hello.failing() : hello);
        TaskSpec world = TaskSpec.world(Duration.ofMillis(2));
        if (worldInterrupted) {
            Thread.currentThread().interrupt();
        }
        call("world", world);
        helloStart = recorder.start("hello").orElseThrow();
        helloEnd = recorder.end("hello").orElseThrow();
        worldStart = recorder.start("world").orElseThrow();
        worldEnd = recorder.end("world").orElseThrow();
    }

    private void call(String task, TaskSpec spec) {
        try {
            recorder.observe(task, spec::run).call();
        } catch (Exception expected) {
            // Its failure or interrupt is recorded as the task's end.
        }
    }

    /** The call began when hello started and ended when world did, unless a test says otherwise. */
    Builder result(Case kase) {
        return new Builder(kase);
    }

    final class Builder {
        private final Case kase;
        private String model = "structured";
        private long callStart = helloStart.nanos();
        private long callEnd = worldEnd.nanos();
        private Object result;
        private Throwable failure;
        private OptionalLong decidedAt = OptionalLong.empty();
        private Optional<String> decidedBy = Optional.empty();
        private List<SiblingFate> siblings = List.of();
        private Optional<ThreadCensus.Count> threads = Optional.empty();

        private Builder(Case kase) {
            this.kase = kase;
        }

        Builder model(String name) {
            model = name;
            return this;
        }

        Builder callFrom(long startNanos, long endNanos) {
            callStart = startNanos;
            callEnd = endNanos;
            return this;
        }

        Builder returned(Object value) {
            result = value;
            return this;
        }

        Builder threw(Throwable exception) {
            failure = exception;
            return this;
        }

        /** Decided at {@code nanos}, by a task's failure or win, or by nobody (a deadline, an interrupt). */
        Builder decided(long nanos, Optional<String> by, SiblingFate... fates) {
            decidedAt = OptionalLong.of(nanos);
            decidedBy = by;
            siblings = List.of(fates);
            return this;
        }

        Builder counted(ThreadCensus.Count count) {
            threads = Optional.of(count);
            return this;
        }

        CaseResult build() {
            return new CaseResult(model, kase, List.of("hello", "world"), callStart, callEnd, result, failure, decidedAt,
                    decidedBy, siblings, threads, recorder);
        }
    }
}
