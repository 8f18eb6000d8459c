package showcase.server;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.util.Fields;
import showcase.tasks.SeedTasks;
import showcase.values.Durations;

/**
 * What {@code GET /hello} may be asked: {@code deadline=DURATION}, which becomes the scope's
 * timeout, and {@code fail=hello|world}, which makes that task fail once its delay is over.
 */
record HelloQuery(Optional<Duration> deadline, Optional<String> failing) {

    static final String DEADLINE = "deadline";
    static final String FAIL = "fail";
    static final String FORM = "/hello?deadline=DURATION&fail=hello|world, both optional";
    private static final Set<String> PARAMETERS = Set.of(DEADLINE, FAIL);
    private static final Duration LONGEST_DEADLINE = Duration.ofHours(1);

    static HelloQuery parse(Fields query) throws BadQuery {
        for (Fields.Field field : query) {
            if (!PARAMETERS.contains(field.getName())) {
                throw new BadQuery(field.getName(), "unknown parameter '" + field.getName() + "'", FORM);
            }
            if (field.getValues().size() > 1) {
                throw new BadQuery(field.getName(), field.getName() + " is given " + field.getValues().size()
                        + " times: give it once", FORM);
            }
        }
        return new HelloQuery(deadline(query.getValue(DEADLINE)), failing(query.getValue(FAIL)));
    }

    private static Optional<Duration> deadline(String text) throws BadQuery {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Durations.parsePositive(text, LONGEST_DEADLINE));
        } catch (IllegalArgumentException e) {
            throw new BadQuery(DEADLINE, "deadline " + e.getMessage(), "deadline=DURATION, such as 1500ms, 2s or PT1.5S");
        }
    }

    private static Optional<String> failing(String task) throws BadQuery {
        if (task == null) {
            return Optional.empty();
        }
        if (!SeedTasks.NAMES.contains(task)) {
            throw new BadQuery(FAIL, "fail '" + task + "' names no task", "fail=hello or fail=world");
        }
        return Optional.of(task);
    }
}
