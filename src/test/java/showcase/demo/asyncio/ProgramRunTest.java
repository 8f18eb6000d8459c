package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import showcase.child.ChildProcess;

/** What a program reported about itself, read back from its recorded output, and what becomes of one that failed. */
class ProgramRunTest {

    @Test
    void readsPythonsFiguresLineAndLog() throws Exception {
        ProgramRun run = Recorded.run("gather-failure", "python");

        assertAll(
                () -> assertEquals("python-asyncio", run.runtime()),
                () -> assertEquals("gather-failure", run.caseId()),
                () -> assertEquals("Python 3.11.7", run.version()),
                () -> assertEquals(2, run.tasks()),
                () -> assertEquals("TaskFailedError", run.outcome()),
                () -> assertEquals(110.887, run.wallMillis()),
                () -> assertEquals(Recorded.PROCESS.toMillis(), run.processMillis()),
                () -> assertEquals(74, run.cpuMillis()),
                () -> assertEquals(23478272, run.peakRssBytes().orElseThrow()),
                () -> assertEquals(23216128, run.ruMaxrssBytes().orElseThrow()),
                () -> assertEquals(110.618, run.decidedAtMillis().orElseThrow()),
                () -> assertEquals(Optional.of("hello"), run.decidedBy()),
                () -> assertEquals(new TaskEvent("world", "finished", 201.549, "task-3"), run.events().getLast()),
                () -> assertEquals(new LogLine(202, "world", "task-3", "INFO", "World"), run.log().getLast()));
    }

    @Test
    void readsJavasFiguresLineAndLog() throws Exception {
        ProgramRun run = Recorded.run("taskgroup-failure", "java");

        assertAll(
                () -> assertEquals("structured", run.runtime()),
                () -> assertEquals("Java 25.0.3+9-LTS", run.version()),
                () -> assertEquals("StructuredTaskScope.FailedException (TaskFailedException)", run.outcome()),
                () -> assertTrue(run.ruMaxrssBytes().isEmpty()),
                () -> assertEquals(new TaskEvent("world", "interrupted", 113.549, "virtual#20"), run.events().getLast()),
                () -> assertEquals(4, run.log().size()));
    }

    @Test
    void theStringsACallReturnedAreReadWhereItReturnedAListOfThem() throws Exception {
        assertAll(
                () -> assertEquals(Optional.of(List.of("Hello", "World")), Recorded.run("gather", "python").returnedStrings()),
                () -> assertEquals(Optional.of(List.of("Hello", "World")), Recorded.run("gather", "java").returnedStrings()),
                () -> assertEquals(Optional.empty(), Recorded.run("gather-failure", "python").returnedStrings()),
                () -> assertEquals(Optional.empty(), Recorded.run("taskgroup-failure", "java").returnedStrings()));
    }

    @Test
    void theSiblingsFateIsReadFromEventsAlikeForBothLanguages() throws Exception {
        assertAll(
                () -> assertEquals("no, ran on 91 ms", Recorded.run("gather-failure", "python").siblings().describe()),
                () -> assertEquals("no, ran on 98 ms", Recorded.run("gather-failure", "java").siblings().describe()),
                () -> assertEquals("yes, +0 ms", Recorded.run("taskgroup-failure", "python").siblings().describe()),
                () -> assertEquals("yes, +7 ms", Recorded.run("taskgroup-failure", "java").siblings().describe()),
                () -> assertEquals(Optional.of(false), Recorded.run("gather-failure", "python").siblings().cancelled()),
                () -> assertEquals(Optional.of(true), Recorded.run("taskgroup-failure", "java").siblings().cancelled()));
    }

    @Test
    void aProgramThatExitedWithAnErrorIsAFailureWithItsLastWords() {
        var crashed = new ChildProcess.Result(1, List.of(), List.of("Traceback (most recent call last):",
                "  File \"hello.py\", line 3", "ModuleNotFoundError: No module named 'harness'"), Duration.ofMillis(40), false);

        ProgramRun.Failed failed = assertThrows(ProgramRun.Failed.class, () -> ProgramRun.read(crashed));

        assertTrue(failed.getMessage().startsWith("exit code 1; its last words: "), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("No module named 'harness'"), failed.getMessage());
    }

    @Test
    void aProgramWhoseLastLineIsNotItsFiguresIsAFailure() {
        var noFigures = new ChildProcess.Result(0, List.of("Hello"), List.of(), Duration.ofMillis(40), false);

        ProgramRun.Failed failed = assertThrows(ProgramRun.Failed.class, () -> ProgramRun.read(noFigures));

        assertEquals("its last line on stdout is not its JSON line of figures", failed.getMessage());
    }
}
