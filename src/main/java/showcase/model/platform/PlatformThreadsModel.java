package showcase.model.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import showcase.model.ConcurrencyModel;

/**
 * Raw platform threads with the structure written by hand: one thread per task, joined by the
 * caller; the first failure, the first success of a race, the deadline or an interrupt of the
 * caller interrupts the siblings, and the caller waits for them before returning. This is the
 * bookkeeping a {@code StructuredTaskScope} does for you.
 */
public final class PlatformThreadsModel implements ConcurrencyModel {

    private final ThreadFactory factory;

    public PlatformThreadsModel(ThreadFactory factory) {
        this.factory = factory;
    }

    @Override
    public String name() {
        return "platform-threads";
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        var gathering = new Gathering<>(tasks, new Siblings(factory));
        gathering.siblings.startAndJoin();
        return gathering.results();
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
        var won = new AtomicBoolean();
        var result = new AtomicReference<T>();
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        var siblings = new Siblings(factory);
        for (Callable<T> task : tasks) {
            siblings.add(() -> {
                try {
                    T value = task.call();
                    if (won.compareAndSet(false, true)) {
                        result.set(value);
                        siblings.interrupt();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
        }
        siblings.startAndJoin();
        if (won.get()) {
            return result.get();
        }
        var noWinner = new ExecutionException("no task succeeded", failures.peek());
        failures.stream().skip(1).forEach(noWinner::addSuppressed);
        throw noWinner;
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        var gathering = new Gathering<>(tasks, new Siblings(factory));
        if (!gathering.siblings.startAndJoinBefore(deadlineNanos)) {
            throw new TimeoutException("tasks were still running at the " + deadline.toMillis() + " ms deadline");
        }
        return gathering.results();
    }

    /** One thread per task; the first failure interrupts the others. */
    private static final class Gathering<T> {

        private final AtomicReferenceArray<T> results;
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final Siblings siblings;

        Gathering(List<Callable<T>> tasks, Siblings siblings) {
            this.siblings = siblings;
            results = new AtomicReferenceArray<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                int index = i;
                siblings.add(() -> {
                    try {
                        results.set(index, tasks.get(index).call());
                    } catch (Exception e) {
                        if (failure.compareAndSet(null, e)) {
                            siblings.interrupt();
                        }
                    }
                });
            }
        }

        List<T> results() throws ExecutionException {
            if (failure.get() != null) {
                throw new ExecutionException(failure.get());
            }
            List<T> list = new ArrayList<>(results.length());
            for (int i = 0; i < results.length(); i++) {
                list.add(results.get(i));
            }
            return list;
        }
    }

    /** The threads of one call, so that any of them, or the caller, can cancel the rest. */
    private static final class Siblings {

        private final ThreadFactory factory;
        private final List<Thread> threads = new ArrayList<>();

        Siblings(ThreadFactory factory) {
            this.factory = factory;
        }

        void add(Runnable body) {
            threads.add(factory.newThread(body));
        }

        void interrupt() {
            threads.forEach(Thread::interrupt);
        }

        void startAndJoin() throws InterruptedException {
            startAndJoinBefore(Long.MAX_VALUE);
        }

        /**
         * Returns false, with every thread interrupted and ended, if the deadline comes first. An
         * interrupted caller, or one that could not start every thread, does the same before
         * rethrowing: no thread outlives the call.
         */
        boolean startAndJoinBefore(long deadlineNanos) throws InterruptedException {
            try {
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    if (deadlineNanos == Long.MAX_VALUE) {
                        thread.join();
                    } else if (!thread.join(Duration.ofNanos(deadlineNanos - System.nanoTime()))) {
                        cancel();
                        return false;
                    }
                }
                return true;
            } catch (InterruptedException | RuntimeException | Error e) {
                cancel();
                throw e;
            }
        }

        // What a scope's close() does: interrupt, then wait for every thread, even if interrupted again.
        private void cancel() {
            interrupt();
            boolean interruptedAgain = false;
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        interruptedAgain = true;
                    }
                }
            }
            if (interruptedAgain) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
