package showcase.server;

import java.io.Serial;

/** A query the endpoint cannot take: answered with 400, naming the parameter, its value and the valid form. */
final class BadQuery extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String valid;

    BadQuery(String parameter, String problem, String valid) {
        super(problem);
        this.parameter = parameter;
        this.valid = valid;
    }

    String parameter() {
        return parameter;
    }

    /** The form the endpoint takes, e.g. {@code deadline=DURATION, such as 1500ms}. */
    String valid() {
        return valid;
    }
}
