package showcase.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import showcase.observe.EventRecorder.Event;
import showcase.report.Timeline;
import showcase.report.Timeline.Ending;
import showcase.report.Timeline.Lane;

/** Turns measured runs into a {@link Timeline}: a panel per case, a lane per model and task. */
public final class CaseTimeline {

    private CaseTimeline() {
    }

    public static Timeline of(String title, List<CaseResult> results) {
        Map<Case, List<Lane>> lanes = new LinkedHashMap<>();
        for (CaseResult result : results) {
            List<Lane> caseLanes = lanes.computeIfAbsent(result.kase(), kase -> new ArrayList<>());
            result.tasks().forEach(task -> caseLanes.add(lane(result, task)));
        }
        List<Timeline.Group> groups = new ArrayList<>();
        lanes.forEach((kase, caseLanes) -> groups.add(new Timeline.Group(kase.id(), caseLanes)));
        return new Timeline(title, groups);
    }

    private static Lane lane(CaseResult result, String task) {
        String label = result.model() + " \u00b7 " + task;
        Optional<Event> start = result.recorder().start(task);
        if (start.isEmpty()) {
            return new Lane(label + " (never started)", 0, 0, Ending.NEVER_STARTED, OptionalDouble.empty(), false);
        }
        Optional<Event> end = result.recorder().end(task);
        Ending ending = end.map(e -> switch (e.kind()) {
            case FAILED -> Ending.FAILED;
            case INTERRUPTED -> Ending.INTERRUPTED;
            case FINISHED, STARTED -> Ending.FINISHED;
        }).orElse(Ending.STILL_RUNNING);
        double endMillis = millisSinceCall(result, end.map(Event::nanos).orElse(result.callEndNanos()));
        OptionalDouble decided = result.decidedAtNanos().isPresent()
                ? OptionalDouble.of(millisSinceCall(result, result.decidedAtNanos().getAsLong()))
                : OptionalDouble.empty();
        boolean decisive = result.decidedBy().filter(task::equals).isPresent();
        return new Lane(label, millisSinceCall(result, start.get().nanos()), endMillis, ending, decided, decisive);
    }

    private static double millisSinceCall(CaseResult result, long nanos) {
        return (nanos - result.callStartNanos()) / 1e6;
    }
}
