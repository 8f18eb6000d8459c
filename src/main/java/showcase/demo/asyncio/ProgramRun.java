package showcase.demo.asyncio;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import showcase.child.ChildProcess;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One program's run of one case, as the showcase read it: the figures the process reported about
 * itself on its last line of stdout (the call's wall time, its CPU time and peak RSS, the
 * outcome, every task's events), its log from stderr, and the whole process's wall time as the
 * parent measured it from start to exit.
 *
 * @param runtime {@code python-asyncio}, or the Java model's name
 * @param version the Python or Java version that ran it
 * @param outcome what the call returned or threw, as its own language prints it
 * @param returnedStrings the strings the call returned, where it returned a list of them
 * @param wallMillis the call alone, measured inside the program
 * @param processMillis the whole process, start to exit, measured by the parent
 * @param ruMaxrssBytes what Python's {@code resource.getrusage} says the peak was (see {@code harness.py}); empty for Java
 */
public record ProgramRun(String runtime, String caseId, String idiom, String version, long tasks, String outcome,
        Optional<List<String>> returnedStrings, double wallMillis, long processMillis, long cpuMillis,
        OptionalLong peakRssBytes, OptionalLong ruMaxrssBytes, OptionalDouble decidedAtMillis,
        Optional<String> decidedBy, List<TaskEvent> events, List<LogLine> log) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A program that did not end with its figures line: it failed, or was stopped. */
    public static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    /** Reads a finished program's output. */
    public static ProgramRun read(ChildProcess.Result result) throws Failed {
        if (!result.succeeded()) {
            throw new Failed((result.timedOut() ? "stopped after its timeout" : "exit code " + result.exitCode())
                    + lastWords(result));
        }
        JsonNode figures;
        try {
            figures = JSON.readTree(result.out().isEmpty() ? "" : result.out().getLast());
        } catch (JacksonException e) {
            figures = null;
        }
        if (figures == null || !figures.isObject()) {
            throw new Failed("its last line on stdout is not its JSON line of figures" + lastWords(result));
        }
        return new ProgramRun(
                figures.path("runtime").asString(),
                figures.path("case").asString(),
                figures.path("idiom").asString(),
                figures.has("python") ? "Python " + figures.get("python").asString()
                        : "Java " + figures.path("java").asString(),
                figures.path("tasks").asLong(),
                figures.path("outcome").asString(),
                figures.optional("returnedStrings")
                        .filter(list -> list.isArray() && list.valueStream().allMatch(JsonNode::isString))
                        .map(list -> list.valueStream().map(JsonNode::asString).toList()),
                figures.path("wallMillis").asDouble(),
                result.wall().toMillis(),
                figures.path("cpuMillis").asLong(),
                bytes(figures, "peakRssBytes"),
                bytes(figures, "ruMaxrssBytes"),
                number(figures, "decidedAtMillis").map(JsonNode::asDouble).map(OptionalDouble::of)
                        .orElse(OptionalDouble.empty()),
                figures.optional("decidedBy").filter(JsonNode::isString).map(JsonNode::asString),
                figures.path("events").valueStream().map(e -> new TaskEvent(e.path("task").asString(),
                        e.path("kind").asString(), e.path("atMillis").asDouble(), e.path("runsOn").asString())).toList(),
                result.err().stream().flatMap(line -> LogLine.parse(line).stream()).toList());
    }

    private static OptionalLong bytes(JsonNode figures, String field) {
        return number(figures, field).map(JsonNode::asLong).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static Optional<JsonNode> number(JsonNode figures, String field) {
        return figures.optional(field).filter(JsonNode::isNumber);
    }

    private static String lastWords(ChildProcess.Result result) {
        String words = result.lastWords(3);
        return words.isEmpty() ? "" : "; its last words: " + words;
    }

    /** What became of the siblings unfinished at the decision. */
    public Siblings siblings() {
        return Siblings.of(this);
    }
}
