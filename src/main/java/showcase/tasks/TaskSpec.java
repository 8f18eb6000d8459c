package showcase.tasks;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the seed's coroutines as plain blocking Java: {@link #run()} sleeps for the delay, then
 * logs and returns its greeting ("Hello" for {@code hello}), or fails if the spec says so. It has
 * no async/await colouring: any model can run it on any thread.
 */
public record TaskSpec(String name, Duration delay, Outcome outcome) {

    private static final Logger log = LoggerFactory.getLogger(TaskSpec.class);

    /** What the task does once its delay is over. */
    public enum Outcome { SUCCEED, FAIL }

    /** The seed's {@code say_hello}: sleep 1 s, print "Hello". */
    public static TaskSpec hello(Duration delay) {
        return new TaskSpec("hello", delay, Outcome.SUCCEED);
    }

    /** The seed's {@code say_world}: sleep 2 s, print "World". */
    public static TaskSpec world(Duration delay) {
        return new TaskSpec("world", delay, Outcome.SUCCEED);
    }

    public TaskSpec failing() {
        return new TaskSpec(name, delay, Outcome.FAIL);
    }

    public String greeting() {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    public String run() throws InterruptedException, TaskFailedException {
        Thread.sleep(delay);
        if (outcome == Outcome.FAIL) {
            throw new TaskFailedException(this);
        }
        String greeting = greeting();
        log.info(greeting);
        return greeting;
    }
}
