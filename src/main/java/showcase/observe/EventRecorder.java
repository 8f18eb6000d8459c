package showcase.observe;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each task of one run did and when: started, finished, failed or interrupted, with the
 * instant and the thread. Concurrency is proven from these events (two tasks overlap when each
 * started before the other ended), and every figure the showcase prints about a run comes from
 * them, not from what a model is supposed to do.
 */
public final class EventRecorder {

    private static final Logger log = LoggerFactory.getLogger(EventRecorder.class);

    // A lambda of this class, which the AOT cache keeps linked; Comparator.comparingLong would spin
    // one inside java.util.Comparator at every start.
    private static final Comparator<Event> BY_TIME = (a, b) -> Long.compare(a.nanos(), b.nanos());

    /**
     * The recorders with a task running, for whoever must report on them from outside (Ctrl-C): a
     * server has one per request, so the newest alone would say nothing of the others.
     */
    private static final Set<EventRecorder> WITH_TASKS_RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean anyCreated;

    public enum Kind {
        STARTED, FINISHED, FAILED, INTERRUPTED;

        public boolean ends() {
            return this != STARTED;
        }
    }

    /** One thing a task did; {@code nanos} counts from the recorder's creation. */
    public record Event(String task, Kind kind, long nanos, Thread thread) {

        public long millis() {
            return nanos / 1_000_000;
        }
    }

    private final long origin = System.nanoTime();
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private int started;
    private int ended;
    private Thread startedOn;

    public EventRecorder() {
        anyCreated = true;
    }

    /** The tasks running now, those of every recorder in this JVM; empty if no recorder was ever made. */
    public static Optional<List<Event>> runningEverywhere() {
        return anyCreated ? Optional.of(WITH_TASKS_RUNNING.stream()
                .flatMap(recorder -> recorder.runningAt(recorder.now()).stream()).toList()) : Optional.empty();
    }

    /**
     * Wraps a task so that it reports to this recorder. While it runs, its thread carries the
     * task's name, so the log shows which task a pooled or forked thread is working on.
     */
    public <T> Callable<T> observe(String task, Callable<T> body) {
        return () -> {
            Thread thread = Thread.currentThread();
            String threadName = thread.getName();
            thread.setName(task);
            Event started = record(task, Kind.STARTED, thread);
            try {
                T result = body.call();
                record(task, Kind.FINISHED, thread);
                return result;
            } catch (InterruptedException e) {
                Event interrupted = record(task, Kind.INTERRUPTED, thread);
                log.info("{} interrupted after {} ms", task, interrupted.millis() - started.millis());
                throw e;
            } catch (Exception e) {
                // A blocking call may answer an interrupt with an exception of its own (a JDBC driver's
                // socket read does): the interrupt reached the task all the same, and its flag says so.
                if (thread.isInterrupted()) {
                    Event interrupted = record(task, Kind.INTERRUPTED, thread);
                    log.info("{} interrupted after {} ms: {}", task, interrupted.millis() - started.millis(), e.toString());
                } else {
                    record(task, Kind.FAILED, thread);
                    log.info("{} failed: {}", task, e.getMessage());
                }
                throw e;
            } finally {
                thread.setName(threadName);
            }
        };
    }

    private Event record(String task, Kind kind, Thread thread) {
        Event event = new Event(task, kind, now(), thread);
        events.add(event);
        lock.lock();
        try {
            if (kind.ends()) {
                ended++;
                if (ended == started) {
                    WITH_TASKS_RUNNING.remove(this);
                }
            } else {
                started++;
                startedOn = thread;
                if (started - ended == 1) {
                    WITH_TASKS_RUNNING.add(this);
                }
            }
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
        return event;
    }

    /** Nanoseconds since this recorder was created, on the same clock as its events. */
    public long now() {
        return System.nanoTime() - origin;
    }

    /** Waits until {@code count} tasks have started; false if the timeout came first. */
    public boolean awaitStarts(int count, Duration timeout) throws InterruptedException {
        return await(() -> started >= count, timeout);
    }

    /**
     * Waits until {@code count} tasks have started, or one has started on {@code thread}: a model
     * that runs tasks on its caller's thread starts the next only when this one has ended.
     */
    public boolean awaitStartsOrOneOn(int count, Thread thread, Duration timeout) throws InterruptedException {
        return await(() -> started >= count || startedOn == thread, timeout);
    }

    /** Waits until every task that started has ended; false if the timeout came first. */
    public boolean awaitAllEnded(Duration timeout) throws InterruptedException {
        return await(() -> ended == started, timeout);
    }

    private boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = recorded.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public List<Event> events() {
        return events.stream().sorted(BY_TIME).toList();
    }

    /** The earliest event of this kind, if there was one: a gather's first failure, a race's first success. */
    public Optional<Event> first(Kind kind) {
        return events().stream().filter(event -> event.kind() == kind).findFirst();
    }

    public Optional<Event> start(String task) {
        return events.stream().filter(e -> e.task().equals(task) && e.kind() == Kind.STARTED).min(BY_TIME);
    }

    /** How the task ended (finished, failed or interrupted), if it has. */
    public Optional<Event> end(String task) {
        return events.stream().filter(e -> e.task().equals(task) && e.kind().ends()).min(BY_TIME);
    }

    /** The tasks that had started but not ended at the given instant, with the thread running each. */
    public List<Event> runningAt(long nanos) {
        List<Event> all = events();
        Set<String> ended = all.stream().filter(e -> e.kind().ends() && e.nanos() <= nanos).map(Event::task)
                .collect(Collectors.toSet());
        return all.stream().filter(e -> e.kind() == Kind.STARTED && e.nanos() <= nanos && !ended.contains(e.task()))
                .toList();
    }

    /** The distinct threads that ran tasks, in order of first use. */
    public List<Thread> threads() {
        return events().stream().map(Event::thread).distinct().toList();
    }
}
