package showcase.demo;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import showcase.model.ConcurrencyModel;
import showcase.observe.EventRecorder;
import showcase.observe.EventRecorder.Event;
import showcase.observe.EventRecorder.Kind;
import showcase.observe.SiblingFate;
import showcase.observe.ThreadCensus;
import showcase.tasks.TaskSpec;

/**
 * Runs one case against one model on the calling thread and measures it from the tasks' events:
 * when the outcome was decided, how each unfinished task fared after that, and which threads
 * were used and left behind. It waits for every task to end before returning, so abandoned
 * work is measured to its end and the next run starts clean.
 */
public final class CaseRunner {

    private static final Duration THREAD_EXIT_GRACE = Duration.ofSeconds(1);

    private final Duration deadline;
    private final boolean countThreads;

    /**
     * @param deadline the deadline of the {@link Case#DEADLINE} case
     * @param countThreads whether to take a thread census around each run (a few milliseconds)
     */
    public CaseRunner(Duration deadline, boolean countThreads) {
        this.deadline = deadline;
        this.countThreads = countThreads;
    }

    public CaseResult run(ConcurrencyModel model, Case kase, List<TaskSpec> specs) throws InterruptedException {
        return run(model, kase, specs, spec -> spec::run, () -> { });
    }

    /**
     * Like {@link #run(ConcurrencyModel, Case, List)}, with each task doing what {@code body} makes
     * of its spec (a query, a call) rather than sleeping, and {@code onReturn} run as soon as the
     * model's call returns, before the unfinished tasks are waited for.
     */
    public CaseResult run(ConcurrencyModel model, Case kase, List<TaskSpec> specs,
            Function<TaskSpec, Callable<String>> body, Runnable onReturn) throws InterruptedException {
        var recorder = new EventRecorder();
        List<Callable<String>> tasks = specs.stream().map(spec -> recorder.observe(spec.name(), body.apply(spec))).toList();
        List<String> names = specs.stream().map(TaskSpec::name).toList();

        Optional<ThreadCensus> census = countThreads ? Optional.of(ThreadCensus.begin()) : Optional.empty();
        CallerInterrupter interrupter = kase == Case.INTERRUPT ? CallerInterrupter.start(recorder, specs.size()) : null;
        long callStart = recorder.now();
        Object result = null;
        Exception failure = null;
        OptionalLong interruptedAt = OptionalLong.empty();
        try {
            result = kase.call(model, tasks, deadline);
        } catch (InterruptedException e) {
            if (interrupter == null || !interrupter.fired() || Interruption.signalled()) {
                throw e;
            }
            failure = e;
        } catch (Exception e) {
            failure = e;
        } finally {
            if (interrupter != null) {
                interruptedAt = interrupter.stop();
            }
        }
        long callEnd = recorder.now();
        Interruption.throwIfSignalled();
        onReturn.run();

        Duration longest = specs.stream().map(TaskSpec::delay).max(Comparator.naturalOrder()).orElseThrow();
        recorder.awaitAllEnded(longest.multipliedBy(2).plus(THREAD_EXIT_GRACE));
        Optional<ThreadCensus.Count> threads = census.isPresent()
                ? Optional.of(census.get().end(recorder, THREAD_EXIT_GRACE)) : Optional.empty();

        Optional<Event> decisive = switch (kase) {
            case GATHER, GATHER_FAILURE -> recorder.first(Kind.FAILED);
            case RACE -> recorder.first(Kind.FINISHED);
            case DEADLINE, INTERRUPT -> Optional.empty();
        };
        OptionalLong decidedAt = switch (kase) {
            case DEADLINE -> OptionalLong.of(callStart + deadline.toNanos());
            case INTERRUPT -> interruptedAt;
            case GATHER, GATHER_FAILURE, RACE -> decisive.map(e -> OptionalLong.of(e.nanos())).orElse(OptionalLong.empty());
        };
        Optional<String> decidedBy = decisive.map(Event::task);
        List<SiblingFate> siblings = decidedAt.isPresent()
                ? SiblingFate.after(recorder, names, decidedBy, decidedAt.getAsLong(), recorder.now())
                : List.of();
        return new CaseResult(model.name(), kase, names, callStart, callEnd, result, failure, decidedAt, decidedBy,
                siblings, threads, recorder);
    }

}
