package showcase.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import showcase.observe.SiblingFate;
import showcase.observe.SiblingFate.Fate;
import showcase.report.Timeline;
import showcase.report.Timeline.Ending;
import showcase.report.Timeline.Lane;

/** The chart's lanes say what the events say: when each task ran, measured from the call's start, and how it ended. */
class CaseTimelineTest {

    private static final double EXACT = 1e-9;

    @Test
    void aLanePerModelAndTaskInAPanelPerCaseTimedFromTheCallsStart() {
        var run = new RecordedRun(true, true);
        long callStart = run.helloStart.nanos() - 5_000_000;
        CaseResult failure = run.result(Case.GATHER_FAILURE).model("platform-threads")
                .callFrom(callStart, run.worldEnd.nanos())
                .decided(run.helloEnd.nanos(), Optional.of("hello"), new SiblingFate("world", Fate.INTERRUPTED, 0, 0))
                .build();
        CaseResult gather = run.result(Case.GATHER).model("sequential").build();

        Timeline timeline = CaseTimeline.of("a title", List.of(failure, gather));

        assertEquals("a title", timeline.title());
        assertEquals(List.of("gather-failure", "gather"), timeline.groups().stream().map(Timeline.Group::label).toList());
        List<Lane> lanes = timeline.groups().getFirst().lanes();
        Lane hello = lanes.get(0);
        Lane world = lanes.get(1);
        assertAll(
                () -> assertEquals(List.of("platform-threads \u00b7 hello", "platform-threads \u00b7 world"),
                        lanes.stream().map(Lane::label).toList()),
                () -> assertEquals(5.0, hello.start(), EXACT, "hello started 5 ms into the call"),
                () -> assertEquals(millis(run.helloEnd.nanos() - run.helloStart.nanos()), hello.end() - hello.start(), EXACT),
                () -> assertEquals(Ending.FAILED, hello.ending()),
                () -> assertEquals(OptionalDouble.of(hello.end()), hello.decidedAt(), "decided when hello failed"),
                () -> assertTrue(hello.decisive() && !world.decisive(), "hello's failure decided, not world"),
                () -> assertEquals(Ending.INTERRUPTED, world.ending()),
                () -> assertEquals(millis(run.worldStart.nanos() - callStart), world.start(), EXACT));
        Lane sequentialHello = timeline.groups().get(1).lanes().getFirst();
        assertEquals(Ending.FAILED, sequentialHello.ending());
        assertEquals(OptionalDouble.empty(), sequentialHello.decidedAt(), "nothing decided a plain gather");
    }

    @Test
    void aTaskThatFinishedHasAFinishedBarAndOneThatNeverStartedHasNone() {
        var run = new RecordedRun(false, false);
        CaseResult result = new CaseResult("sequential", Case.GATHER_FAILURE, List.of("hello", "world", "later"),
                run.helloStart.nanos(), run.worldEnd.nanos(), null, null, java.util.OptionalLong.empty(), Optional.empty(),
                List.of(), Optional.empty(), run.recorder);

        List<Lane> lanes = CaseTimeline.of("a title", List.of(result)).groups().getFirst().lanes();

        assertEquals(List.of(Ending.FINISHED, Ending.FINISHED, Ending.NEVER_STARTED), lanes.stream().map(Lane::ending).toList());
        assertEquals("sequential \u00b7 later (never started)", lanes.get(2).label());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
