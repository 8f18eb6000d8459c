package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.model.ConcurrencyModel;
import showcase.tasks.TaskSpec;
import showcase.testing.NoThreadLeftBehind;

/**
 * The interrupt case measures only the interrupt it sends itself, once the tasks run. An
 * interrupt from anywhere else ends the run: it is passed on, never measured as the case's.
 */
@ExtendWith(NoThreadLeftBehind.class)
class CaseRunnerTest {

    /** A model whose caller is interrupted by someone else before any task starts. */
    private static final ConcurrencyModel INTERRUPTED_FROM_ELSEWHERE = new ConcurrencyModel() {
        @Override
        public String name() {
            return "interrupted-from-elsewhere";
        }

        @Override
        public <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException {
            throw new InterruptedException("not the case's interrupt");
        }

        @Override
        public <T> T any(List<Callable<T>> tasks) throws InterruptedException {
            throw new InterruptedException("not the case's interrupt");
        }

        @Override
        public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws InterruptedException {
            throw new InterruptedException("not the case's interrupt");
        }
    };

    @Test
    void anInterruptTheCaseDidNotSendIsPassedOnNotMeasured() {
        List<TaskSpec> tasks = Case.INTERRUPT.tasks(TaskSpec.hello(Duration.ofMillis(10)), TaskSpec.world(Duration.ofMillis(20)));

        assertThrows(InterruptedException.class,
                () -> new CaseRunner(Duration.ofMillis(150), false).run(INTERRUPTED_FROM_ELSEWHERE, Case.INTERRUPT, tasks));
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt was thrown, not left set as well");
    }
}
