package showcase.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.observe.Threads;

/**
 * The seed's responsiveness claim, made visible: a virtual thread of its own logs a tick at a
 * steady period while the tasks sleep. A sleeping task blocks only its own thread, so nothing
 * else has to wait for it.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final Thread thread;

    private Heartbeat(Duration period) {
        thread = Thread.ofVirtual().name("heartbeat").start(() -> beat(period));
    }

    public static Heartbeat start(Duration period) {
        return new Heartbeat(period);
    }

    private static void beat(Duration period) {
        long next = System.nanoTime();
        try {
            for (long tick = 1; ; tick++) {
                // Aim at fixed instants, so a late wake-up does not push every later tick back.
                next += period.toNanos();
                Thread.sleep(Duration.ofNanos(next - System.nanoTime()));
                log.info("tick {}", tick);
            }
        } catch (InterruptedException stopped) {
            // close() asked it to stop.
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        Threads.joinUninterruptibly(thread);
    }
}
