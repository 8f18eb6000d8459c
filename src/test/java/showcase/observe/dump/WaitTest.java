package showcase.observe.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.observe.dump.ThreadDump.DumpedThread;
import showcase.testing.NoThreadLeftBehind;

/**
 * What a real JSON dump of this JVM says each thread waits for: virtual threads asleep, blocked on
 * a monitor another one holds, parked on a {@code ReentrantLock}, in {@code Object.wait}, reading
 * a socket, joining a scope. Each thread is first seen in the state it waits in, then dumped.
 */
@ExtendWith(NoThreadLeftBehind.class)
class WaitTest {

    private final List<Thread> started = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void endThem() throws InterruptedException {
        release.countDown();
        for (Thread thread : started) {
            thread.interrupt();
            thread.join();
        }
    }

    private Thread start(String name, Runnable task) {
        Thread thread = Thread.ofVirtual().name(name).start(task);
        started.add(thread);
        return thread;
    }

    // The JDK has no event for "now blocked" or "now parked": its state is what the dump will read too.
    private static void awaitState(Thread thread, Thread.State state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (thread.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread.getName() + " never got " + state + ": " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eachThreadSaysWhatItWaitsFor() throws Exception {
        Object monitor = new Object();
        Object waitedOn = new Object();
        ReentrantLock lock = new ReentrantLock();
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = start("holder", () -> {
            synchronized (monitor) {
                lock.lock();
                try {
                    held.countDown();
                    awaitRelease();
                } finally {
                    lock.unlock();
                }
            }
        });
        held.await();
        Thread blocked = start("blocked", () -> {
            synchronized (monitor) {
                Thread.onSpinWait();
            }
        });
        Thread parked = start("parked", () -> {
            lock.lock();
            lock.unlock();
        });
        Thread waiting = start("waiting", () -> {
            synchronized (waitedOn) {
                try {
                    waitedOn.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread sleeping = start("sleeping", () -> {
            try {
                Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread joining = start("joining", () -> {
            try (var scope = StructuredTaskScope.open()) {
                scope.fork(() -> {
                    awaitRelease();
                    return null;
                });
                scope.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                var client = new Socket(server.getInetAddress(), server.getLocalPort());
                var accepted = server.accept()) {
            assertTrue(client.isConnected());
            Thread reading = start("reading", () -> {
                try (InputStream in = accepted.getInputStream()) {
                    in.read();
                } catch (IOException e) {
                    // closed at the end of the test: that is how it stops
                }
            });
            awaitState(blocked, Thread.State.BLOCKED);
            awaitState(parked, Thread.State.WAITING);
            awaitState(waiting, Thread.State.WAITING);
            awaitState(sleeping, Thread.State.TIMED_WAITING);
            awaitState(joining, Thread.State.WAITING);
            awaitState(reading, Thread.State.WAITING);
            awaitState(holder, Thread.State.WAITING);

            ThreadDump dump = dumpShowingAWaitFor(List.of(blocked, parked, waiting, sleeping, joining, reading));
            Monitors monitors = Monitors.of(dump);

            Wait onMonitor = Wait.of(thread(dump, blocked), monitors);
            assertEquals("monitor", onMonitor.kind());
            assertTrue(onMonitor.detail().matches("java\\.lang\\.Object@\\p{XDigit}+, held by holder \\(virtual#"
                    + holder.threadId() + "\\)"), onMonitor.detail());
            Wait onLock = Wait.of(thread(dump, parked), monitors);
            assertEquals("park", onLock.kind());
            assertTrue(onLock.detail().startsWith("java.util.concurrent.locks.ReentrantLock$NonfairSync@"), onLock.detail());
            assertEquals("Object.wait", Wait.of(thread(dump, waiting), monitors).kind());
            assertTrue(Wait.of(thread(dump, waiting), monitors).detail().startsWith("java.lang.Object@"));
            assertEquals(new Wait("sleep", ""), Wait.of(thread(dump, sleeping), monitors));
            assertEquals(new Wait("scope join", ""), Wait.of(thread(dump, joining), monitors));
            assertEquals(new Wait("socket read", ""), Wait.of(thread(dump, reading), monitors));
            assertEquals(List.of(), monitors.deadlocks(), "one thread blocked behind another is no deadlock");
        }
    }

    /**
     * A thread already seen in its waiting state was once dumped without what names its wait (in a
     * full run on a loaded machine, {@code Object.wait}'s thread came out with neither
     * {@code waitingOn} nor a telling frame): the dump is taken again, ten times at most, until each
     * of these threads says what it waits for.
     */
    private static ThreadDump dumpShowingAWaitFor(List<Thread> threads) throws Exception {
        ThreadDump dump = ThreadDumpFiles.dumpThisProcess();
        for (int attempt = 1; attempt < 10 && !everyWaitNamed(dump, threads); attempt++) {
            dump = ThreadDumpFiles.dumpThisProcess();
        }
        return dump;
    }

    private static boolean everyWaitNamed(ThreadDump dump, List<Thread> threads) {
        Monitors monitors = Monitors.of(dump);
        return threads.stream().allMatch(thread -> !Wait.of(thread(dump, thread), monitors).kind().isEmpty());
    }

    private static DumpedThread thread(ThreadDump dump, Thread thread) {
        return dump.threads().filter(dumped -> dumped.tid() == thread.threadId()).findFirst()
                .orElseThrow(() -> new AssertionError(thread.getName() + " is not in the dump"));
    }
}
