package showcase.server;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The requests being handled right now and the threads handling them: what a stop must cancel.
 * Interrupting a request's thread while it joins its scope cancels the scope, which interrupts
 * the request's subtasks; the request then answers at once, and leaves.
 */
final class InFlight {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition emptied = lock.newCondition();
    private final Set<Thread> threads = new HashSet<>();
    private boolean stopping;
    private int peak;
    private long handled;

    /** Registers the current thread's request; false once the server is stopping, when it must answer 503. */
    boolean enter() {
        lock.lock();
        try {
            if (stopping) {
                return false;
            }
            threads.add(Thread.currentThread());
            peak = Math.max(peak, threads.size());
            handled++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void leave() {
        lock.lock();
        try {
            threads.remove(Thread.currentThread());
            if (threads.isEmpty()) {
                emptied.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Refuses every later request and interrupts the threads of those in flight; returns how many there were. */
    int cancelAll() {
        lock.lock();
        try {
            stopping = true;
            threads.forEach(Thread::interrupt);
            return threads.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no request is in flight; false if the timeout came first. */
    boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!threads.isEmpty()) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = emptied.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The most requests that were ever in flight at once. */
    int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    long handled() {
        lock.lock();
        try {
            return handled;
        } finally {
            lock.unlock();
        }
    }
}
