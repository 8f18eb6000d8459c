package showcase.demo.pinning;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import showcase.values.KebabCaseId;

/**
 * The blocking constructs {@code pinning} measures, each holding its thread for a while inside
 * the construct. Since JEP 491 (Java 24) a virtual thread blocked in {@code synchronized} or
 * {@code Object.wait} unmounts like any other; blocking in a class initialiser or under a native
 * frame still pins it to its carrier.
 */
public enum Construct implements KebabCaseId {
    SLEEP("Thread.sleep") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            Thread.sleep(hold);
        }
    },
    SYNCHRONIZED("Thread.sleep inside synchronized") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            // A monitor of its own: the threads share no lock, so only pinning could serialise them.
            Object monitor = new Object();
            synchronized (monitor) {
                Thread.sleep(hold);
            }
        }
    },
    OBJECT_WAIT("Object.wait(timeout) inside synchronized") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            Object monitor = new Object();
            long deadline = System.nanoTime() + hold.toNanos();
            synchronized (monitor) {
                // wait() may return early (spurious wake-up); wait out the rest.
                for (long left = hold.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                    monitor.wait(left);
                }
            }
        }
    },
    REENTRANT_LOCK("Thread.sleep holding a ReentrantLock") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            var lock = new ReentrantLock();
            lock.lock();
            try {
                Thread.sleep(hold);
            } finally {
                lock.unlock();
            }
        }
    },
    CLASS_INITIALIZER("Thread.sleep in a class's static initialiser") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            ClassInitializerHold.initialiseAFreshClass(hold);
        }
    },
    NATIVE_FRAME("Thread.sleep in an FFM upcall from qsort") {
        @Override
        void hold(Duration hold) throws InterruptedException {
            NativeFrameHold.sortCallingBack(hold);
        }
    };

    private final String description;

    Construct(String description) {
        this.description = description;
    }

    /** Blocks the calling thread for {@code hold} inside this construct. */
    abstract void hold(Duration hold) throws InterruptedException;

    public String description() {
        return description;
    }

    public static Construct byId(String id) {
        return KebabCaseId.byIdOrUnknown(Construct.class, "construct", id);
    }
}
