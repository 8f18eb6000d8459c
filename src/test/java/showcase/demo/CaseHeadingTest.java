package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import showcase.tasks.TaskSpec;

/** A case's heading says what its delays set up, so it never contradicts the rows beneath it. */
class CaseHeadingTest {

    @ParameterizedTest(name = "{0}: hello {1} ms, world {2} ms, deadline {3} ms")
    @CsvSource(delimiter = '|', textBlock = """
            gather         | 100 | 200 | 150  | all(): hello (100 ms) and world (200 ms) both succeed
            gather-failure | 100 | 200 | 150  | all(): hello fails after 100 ms while world (200 ms) sleeps: world should be cancelled
            gather-failure | 300 | 100 | 150  | all(): hello fails after 300 ms, when world (100 ms) has ended: nothing to cancel
            race           | 100 | 200 | 150  | any(): hello (100 ms) races world (200 ms): hello should win, world be cancelled
            race           | 300 | 100 | 150  | any(): hello (300 ms) races world (100 ms): world should win, hello be cancelled
            race           | 100 | 100 | 150  | any(): hello and world both take 100 ms: either may win, the other should be cancelled
            deadline       | 100 | 200 | 150  | all() with a 150 ms deadline, hello 100 ms, world 200 ms: world is unfinished at it and should be cancelled
            deadline       | 300 | 100 | 150  | all() with a 150 ms deadline, hello 300 ms, world 100 ms: hello is unfinished at it and should be cancelled
            deadline       | 300 | 200 | 150  | all() with a 150 ms deadline, hello 300 ms, world 200 ms: both are unfinished at it and should be cancelled
            deadline       | 100 | 200 | 5000 | all() with a 5000 ms deadline, after both tasks end (200 ms): nothing to cancel
            gather-failure | 200 | 200 | 150  | all(): hello fails after 200 ms, as world (200 ms) ends: world may or may not be left to cancel
            deadline       | 100 | 200 | 200  | all() with a 200 ms deadline, hello 100 ms, world 200 ms: world is unfinished at it and should be cancelled
            deadline       | 100 | 200 | 100  | all() with a 100 ms deadline, hello 100 ms, world 200 ms: both are unfinished at it and should be cancelled
            interrupt      | 100 | 200 | 150  | all(), and the caller is interrupted once the tasks run: they should be cancelled
            """)
    void statesWhatTheDelaysSetUp(String id, long hello, long world, long deadline, String heading) {
        assertEquals(heading, Case.byId(id).heading(TaskSpec.hello(Duration.ofMillis(hello)),
                TaskSpec.world(Duration.ofMillis(world)), Duration.ofMillis(deadline)));
    }
}
