package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two logs side by side, rendered from recorded output of both programs. */
class SideBySideTest {

    @Test
    void aLineWithNoCounterpartStandsAloneAtItsTime() throws Exception {
        String text = SideBySide.render(Recorded.run("gather-failure", "python"), Recorded.run("gather-failure", "java"), "");

        // gather raises at once and world runs on; allOf waits for world, then throws.
        assertEquals("""
                python-asyncio (Python 3.11.7)                                        |  completable-future (Java 25.0.3+9-LTS)
                +0ms    main   task-1  asyncio.gather(say_hello(), say_world())       |  +0ms    main   platform#3   CompletableFuture.allOf(hello, world).join()
                +111ms  hello  task-2  hello failed: failed on purpose after 100 ms   |  +115ms  hello  platform#16  hello failed: failed on purpose after 100 ms
                +111ms  main   task-1  raised TaskFailedError after 110 ms            |
                +202ms  world  task-3  World                                          |  +213ms  world  platform#17  World
                                                                                      |  +220ms  main   platform#3   threw CompletionException (TaskFailedException) after 217 ms
                """, text.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aSideDelayedByABusyMachineKeepsItsRows() throws Exception {
        ProgramRun java = Recorded.run("gather-failure", "java");
        ProgramRun late = new ProgramRun(java.runtime(), java.caseId(), java.idiom(), java.version(), java.tasks(),
                java.outcome(), java.returnedStrings(), java.wallMillis(), java.processMillis(), java.cpuMillis(),
                java.peakRssBytes(), java.ruMaxrssBytes(), java.decidedAtMillis(), java.decidedBy(), java.events(), java.log().stream()
                        .map(line -> line == java.log().getFirst() ? line : new LogLine(line.elapsedMillis() + 150,
                                line.thread(), line.runsOn(), line.level(), line.message()))
                        .toList());
        ProgramRun python = Recorded.run("gather-failure", "python");

        List<String> onTime = SideBySide.render(python, java, "").lines().map(SideBySideTest::withoutTimes).toList();
        List<String> delayed = SideBySide.render(python, late, "").lines().map(SideBySideTest::withoutTimes).toList();

        assertEquals(onTime, delayed);
    }

    private static String withoutTimes(String line) {
        return line.replaceAll("\\+\\d+ms\\s+", "");
    }

    @Test
    void linesOfTheSameTaskShareARow() throws Exception {
        String text = SideBySide.render(Recorded.run("taskgroup-failure", "python"),
                Recorded.run("taskgroup-failure", "java"), "  ");

        assertEquals("""
                  python-asyncio (Python 3.11.7)                                                |  structured (Java 25.0.3+9-LTS)
                  +0ms    main   task-1  asyncio.TaskGroup()                                    |  +0ms    main   platform#3  StructuredTaskScope with Joiner.allSuccessfulOrThrow()
                  +114ms  hello  task-2  hello failed: failed on purpose after 100 ms           |  +107ms  hello  virtual#17  hello failed: failed on purpose after 100 ms
                  +114ms  world  task-3  world cancelled after 114 ms                           |  +114ms  world  virtual#20  world interrupted after 108 ms
                  +114ms  main   task-1  raised ExceptionGroup (TaskFailedError) after 114 ms   |  +116ms  main   platform#3  threw StructuredTaskScope.FailedException (TaskFailedException) after 115 ms
                """, text.replace(System.lineSeparator(), "\n"));
    }
}
