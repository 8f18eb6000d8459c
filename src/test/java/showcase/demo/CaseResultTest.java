package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import showcase.observe.SiblingFate;
import showcase.observe.SiblingFate.Fate;

/** What a row says in words: the call's own wall time, and what became of the unfinished tasks after the decision. */
class CaseResultTest {

    private static final RecordedRun RUN = new RecordedRun(false, false);
    private static final long MS = 1_000_000;

    @Test
    void wallTimeIsTheCallsOwnNotTimeSinceTheRecorderBegan() {
        long start = RUN.helloStart.nanos();

        assertEquals(250, RUN.result(Case.GATHER).callFrom(start, start + 250 * MS + 400_000).build().wallMillis());
    }

    @Test
    void aRunThatNothingDecidedHadNothingToCancel() {
        assertEquals("nothing to cancel", RUN.result(Case.GATHER).build().aftermath());
    }

    @Test
    void aDecisionAfterEveryOtherTaskEndedCancelledNothing() {
        CaseResult result = RUN.result(Case.GATHER_FAILURE).decided(RUN.worldEnd.nanos(), Optional.of("hello")).build();

        assertEquals("every other task had ended before hello failed", result.aftermath());
    }

    @Test
    void namesWhatDecidedAndHowEachUnfinishedTaskFared() {
        long decided = RUN.helloEnd.nanos();
        var interrupted = new SiblingFate("world", Fate.INTERRUPTED, 1_400_000, 0);
        var ranOn = new SiblingFate("world", Fate.RAN_ON, 560 * MS, 560 * MS);
        var stillRunning = new SiblingFate("world", Fate.STILL_RUNNING, 12 * MS, 12 * MS);
        var neverStarted = new SiblingFate("hello", Fate.NEVER_STARTED, 0, 0);

        assertEquals("world interrupted 1 ms after hello failed",
                RUN.result(Case.GATHER_FAILURE).decided(decided, Optional.of("hello"), interrupted).build().aftermath());
        assertEquals("world not interrupted, ran on 560 ms after hello won",
                RUN.result(Case.RACE).decided(decided, Optional.of("hello"), ranOn).build().aftermath());
        assertEquals("hello never started; world still running 12 ms after the deadline",
                RUN.result(Case.DEADLINE).decided(decided, Optional.empty(), neverStarted, stillRunning).build().aftermath());
        assertEquals("world interrupted 1 ms after the interrupt",
                RUN.result(Case.INTERRUPT).decided(decided, Optional.empty(), interrupted).build().aftermath());
    }
}
