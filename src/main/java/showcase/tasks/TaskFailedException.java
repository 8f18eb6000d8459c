package showcase.tasks;

import java.io.Serial;

/** The failure a {@link TaskSpec} asks for, thrown once its delay is over, while its siblings still sleep. */
public final class TaskFailedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public TaskFailedException(TaskSpec spec) {
        super("failed on purpose after " + spec.delay().toMillis() + " ms");
    }
}
