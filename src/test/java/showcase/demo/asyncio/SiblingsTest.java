package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import showcase.demo.asyncio.Siblings.Fate;
import showcase.demo.asyncio.Siblings.Kind;

/**
 * What became of the tasks unfinished at the decision, from events set by the test: hello
 * decides at 100 ms, and each sibling ends (or not) around it.
 */
class SiblingsTest {

    private static final double DECIDED = 100;

    /** A run that hello decided at 100 ms and that reported at {@code wallMillis}. */
    private static Siblings of(double wallMillis, TaskEvent... events) {
        return new ProgramRun("structured", "race", "anySuccessfulResultOrThrow", "Java 25", 2, "Hello", Optional.empty(), wallMillis, 300,
                100, OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.of(DECIDED), Optional.of("hello"),
                List.of(events), List.of()).siblings();
    }

    private static TaskEvent event(String task, String kind, double atMillis) {
        return new TaskEvent(task, kind, atMillis, "virtual#" + task.length());
    }

    @Test
    void aSiblingThatEndedJustAsTheOutcomeWasDecidedWastedNothing() {
        Siblings siblings = of(100, event("hello", "started", 0), event("world", "started", 1),
                event("world", "finished", DECIDED), event("hello", "finished", DECIDED));

        assertAll(
                () -> assertEquals(List.of(), siblings.fates()),
                () -> assertEquals(Optional.empty(), siblings.cancelled()),
                () -> assertEquals("-", siblings.describe()));
    }

    @Test
    void aSiblingStillRunningWhenTheProgramReportedRanOnFromTheDecisionOrFromItsOwnLaterStart() {
        Siblings siblings = of(150, event("hello", "started", 0), event("world", "started", 5),
                event("hello", "finished", DECIDED), event("late", "started", 120));

        assertAll(
                () -> assertEquals(List.of(new Fate("world", Kind.STILL_RUNNING, 50), new Fate("late", Kind.STILL_RUNNING, 30)),
                        siblings.fates()),
                () -> assertEquals(Optional.of(false), siblings.cancelled()),
                () -> assertEquals("no, ran on 80 ms", siblings.describe()));
    }

    @Test
    void whenOneSiblingIsStoppedAndAnotherRunsOnTheRowSaysHowManyAndHowSoonAndOnlyTheOtherWasWasted() {
        Siblings siblings = of(140, event("hello", "started", 0), event("world", "started", 1), event("other", "started", 2),
                event("hello", "finished", DECIDED), event("world", "interrupted", 103), event("other", "finished", 140));

        assertAll(
                () -> assertEquals(List.of(new Fate("world", Kind.STOPPED, 3), new Fate("other", Kind.RAN_ON, 40)),
                        siblings.fates()),
                () -> assertEquals(Optional.of(false), siblings.cancelled()),
                () -> assertEquals("1 of 2, +3 ms", siblings.describe(), "the slowest of those stopped"),
                () -> assertEquals(40, siblings.wastedMillis(), "work nobody stopped"));
    }

    @Test
    void theTaskThatDecidedIsNoSiblingOfItselfEvenIfItsEndWasRecordedAMomentLater() {
        Siblings siblings = of(104, event("hello", "started", 0), event("world", "started", 1),
                event("hello", "finished", DECIDED + 0.4), event("world", "cancelled", 104));

        assertEquals(List.of(new Fate("world", Kind.STOPPED, 4)), siblings.fates());
        assertEquals("yes, +4 ms", siblings.describe());
    }
}
