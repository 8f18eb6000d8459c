package showcase.testing;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A JVM whose two virtual threads, {@code dl-1} and {@code dl-2}, each hold one monitor and block
 * on the other's: a deadlock nothing can undo but ending the process. Tests start it as a child,
 * point {@code tree --pid} at it, and kill it. It prints {@code deadlocked} once both are blocked.
 */
public final class DeadlockedJvm {

    private DeadlockedJvm() {
    }

    public static void main(String[] args) throws Exception {
        Object first = new Object();
        Object second = new Object();
        var bothHoldOne = new CyclicBarrier(2);
        Thread one = Thread.ofVirtual().name("dl-1").start(() -> lockBoth(first, second, bothHoldOne));
        Thread two = Thread.ofVirtual().name("dl-2").start(() -> lockBoth(second, first, bothHoldOne));
        while (one.getState() != Thread.State.BLOCKED || two.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait();
        }
        System.out.println("deadlocked");
        System.out.flush();
        // Until the test kills it, or its stdin closes with the test's JVM.
        System.in.read();
    }

    private static void lockBoth(Object mine, Object theirs, CyclicBarrier bothHoldOne) {
        synchronized (mine) {
            try {
                bothHoldOne.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                return;
            }
            synchronized (theirs) {
                Thread.onSpinWait();
            }
        }
    }
}
