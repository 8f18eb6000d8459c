package showcase.demo.scale;

import showcase.values.KebabCaseId;

/** How a model's run ended: it gathered every task, hit a limit, ran past the timeout, or its JVM failed. */
public enum Status implements KebabCaseId {
    OK, LIMIT, TIMEOUT, FAILED;

    static Status parse(String id) {
        return KebabCaseId.byId(Status.class, id)
                .orElseThrow(() -> new IllegalArgumentException("unknown status '" + id + "'"));
    }
}
