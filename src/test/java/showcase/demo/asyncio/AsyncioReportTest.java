package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import showcase.report.Format;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code asyncio} prints, from recorded runs of both sides (hello 100 ms, world 200 ms) and
 * a scale whose figures are set here: each case's two logs under its heading, one table of every
 * run, how Python's whole process compares with Java's at each scale, and the JSON fields.
 */
class AsyncioReportTest {

    private static final Function<AsyncioCase, String> HEADING = kase -> kase.id() + ": "
            + kase.heading(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(150));
    private static final ProgramRun PYTHON_SCALE = scale(AsyncioReport.PYTHON, "Python 3.11.7", 1_400,
            OptionalLong.of(60_000_000));
    private static final ProgramRun JAVA_SCALE = scale(JavaScale.MODEL, "Java 25.0.3+9-LTS", 700,
            OptionalLong.of(48_000_000));

    private static ProgramRun scale(String runtime, String version, long processMillis, OptionalLong peakRssBytes) {
        return new ProgramRun(runtime, AsyncioReport.SCALE, "gather 10,000 sleepers", version, 10_000, "10,000 slept",
                Optional.empty(), 1_020.4, processMillis, 900, peakRssBytes, OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(),
                List.of(), List.of());
    }

    private static ProgramRun recorded(String caseId, String side) throws ProgramRun.Failed {
        return Recorded.run(caseId, side);
    }

    private static List<ProgramRun> everyRun() throws ProgramRun.Failed {
        return List.of(recorded("gather-failure", "python"), recorded("gather-failure", "java"),
                recorded("taskgroup-failure", "python"), recorded("taskgroup-failure", "java"), PYTHON_SCALE, JAVA_SCALE);
    }

    /** The cells of each row, as the Markdown table gives them. */
    private static List<List<String>> cells(List<ProgramRun> runs) {
        return AsyncioReport.render(runs, Format.MARKDOWN, HEADING).lines().skip(2)
                .map(line -> Arrays.asList(line.substring(2, line.length() - 2).split(" \\| "))).toList();
    }

    @Test
    void textShowsEachCasesTwoLogsUnderItsHeadingThenOneTableGroupedByCaseThenHowTheScalesCompare() throws Exception {
        List<String> lines = AsyncioReport.render(everyRun(), Format.TEXT, HEADING).lines().toList();

        // gather-failure's logs are 6 lines (titles, then 5 rows), taskgroup-failure's 5, each followed by a blank line.
        assertAll(
                () -> assertEquals("gather-failure: asyncio.gather beside CompletableFuture.allOf: hello fails after 100 ms, "
                        + "world sleeps 200 ms", lines.get(0)),
                () -> assertTrue(lines.get(1).matches("  python-asyncio \\(Python 3\\.11\\.7\\)\\s+\\|  completable-future "
                        + "\\(Java 25\\.0\\.3\\+9-LTS\\)"), lines.get(1)),
                () -> assertEquals("", lines.get(7)),
                () -> assertEquals("taskgroup-failure: asyncio.TaskGroup beside StructuredTaskScope: hello fails after 100 ms, "
                        + "world sleeps 200 ms", lines.get(8)),
                () -> assertTrue(lines.get(9).matches("  python-asyncio \\(Python 3\\.11\\.7\\)\\s+\\|  structured "
                        + "\\(Java 25\\.0\\.3\\+9-LTS\\)"), lines.get(9)),
                () -> assertEquals("", lines.get(14)),
                () -> assertTrue(lines.get(15).matches("  runtime\\s+tasks\\s+wall ms\\s+process ms\\s+CPU ms\\s+peak RSS MB"
                        + "\\s+siblings cancelled\\s+outcome"), lines.get(15)));
        List<String> tableAndRatios = List.of(
                "gather-failure",
                "  python-asyncio\\s+2\\s+111\\s+300\\s+74\\s+23\\.5\\s+no, ran on 91 ms\\s+TaskFailedError",
                "  completable-future\\s+2\\s+218\\s+300\\s+220\\s+61\\.7\\s+no, ran on 98 ms\\s+CompletionException \\(TaskFailedException\\)",
                "taskgroup-failure",
                "  python-asyncio\\s+2\\s+114\\s+300\\s+77\\s+23\\.5\\s+yes, \\+0 ms\\s+ExceptionGroup \\(TaskFailedError\\)",
                "  structured\\s+2\\s+115\\s+300\\s+210\\s+61\\.6\\s+yes, \\+7 ms\\s+StructuredTaskScope\\.FailedException \\(TaskFailedException\\)",
                "scale",
                "  python-asyncio\\s+10,000\\s+1020\\s+1400\\s+900\\s+60\\.0\\s+-\\s+10,000 slept",
                "  structured\\s+10,000\\s+1020\\s+700\\s+900\\s+48\\.0\\s+-\\s+10,000 slept",
                "",
                "scale 10,000: python-asyncio took 2\\.00× the time of structured \\(whole process\\), 1\\.25× its peak RSS");
        assertEquals(tableAndRatios, matching(lines.subList(16, lines.size()), tableAndRatios), String.join("\n", lines));
    }

    /** Each line that matches its pattern replaced by the pattern, so that a failure shows which lines differ. */
    private static List<String> matching(List<String> lines, List<String> patterns) {
        return IntStream.range(0, lines.size())
                .mapToObj(i -> i < patterns.size() && lines.get(i).matches(patterns.get(i)) ? patterns.get(i) : lines.get(i))
                .toList();
    }

    @Test
    void aCaseWithOnlyOneSideRunHasItsRowButNoLogsAndAScaleWithoutJavasPeakComparesTimeOnly() throws Exception {
        ProgramRun javaWithoutPeak = scale(JavaScale.MODEL, "Java 25.0.3+9-LTS", 560, OptionalLong.empty());
        List<ProgramRun> runs = List.of(recorded("gather-failure", "python"), PYTHON_SCALE, javaWithoutPeak);

        String text = AsyncioReport.render(runs, Format.TEXT, HEADING);

        List<String> lines = text.lines().toList();
        assertAll(
                () -> assertTrue(lines.getFirst().startsWith("  runtime "), "no logs, since Java's side did not run:\n" + text),
                () -> assertEquals("gather-failure", lines.get(1), text),
                () -> assertEquals("scale 10,000: python-asyncio took 2.50× the time of structured (whole process)",
                        lines.getLast()),
                () -> assertEquals("-", cells(runs).getLast().get(6), "no peak RSS to show"));
    }

    @Test
    void theSameListOfStringsReadsTheSameOnBothRowsWhileEachLogKeepsItsLanguagesOwnNotation() throws Exception {
        List<ProgramRun> gather = List.of(recorded("gather", "python"), recorded("gather", "java"));

        String text = AsyncioReport.render(gather, Format.TEXT, HEADING);

        assertAll(
                () -> assertEquals(List.of("[Hello, World]", "[Hello, World]"), outcomes(gather)),
                () -> assertTrue(text.contains("returned ['Hello', 'World'] after 201 ms"), text),
                () -> assertTrue(text.contains("returned [Hello, World] after 214 ms"), text));
    }

    @Test
    void aDifferentListStillReadsDifferentlyEvenWhereJavasNotationWouldHideIt() throws Exception {
        ProgramRun python = recorded("gather", "python");
        ProgramRun oneString = returning(python, "['Hello, World']", List.of("Hello, World"));
        ProgramRun java = recorded("gather", "java");

        assertAll(
                () -> assertEquals(List.of("['Hello, World']", "[Hello, World]"), outcomes(List.of(oneString, java))),
                () -> assertEquals(List.of("['Hello', 'World']"), outcomes(List.of(python)), "no Java side to read alike"));
    }

    private static List<String> outcomes(List<ProgramRun> runs) {
        return cells(runs).stream().map(List::getLast).toList();
    }

    /** The run as if its call had returned {@code strings}, printed as {@code outcome}. */
    private static ProgramRun returning(ProgramRun run, String outcome, List<String> strings) {
        return new ProgramRun(run.runtime(), run.caseId(), run.idiom(), run.version(), run.tasks(), outcome,
                Optional.of(strings), run.wallMillis(), run.processMillis(), run.cpuMillis(), run.peakRssBytes(),
                run.ruMaxrssBytes(), run.decidedAtMillis(), run.decidedBy(), run.events(), run.log());
    }

    @Test
    void aScaleRunWhosePartnerFailedIsNotCompared() {
        String text = AsyncioReport.render(List.of(PYTHON_SCALE), Format.TEXT, HEADING);

        assertTrue(text.lines().noneMatch(line -> line.contains("took")), text);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void nothingIsPrintedBeforeTheFirstProgramHasRun(Format format) {
        assertEquals("", AsyncioReport.render(List.of(), format, HEADING));
    }

    @Test
    void markdownAndCsvCarryTheTableAlone() throws Exception {
        List<ProgramRun> runs = List.of(recorded("taskgroup-failure", "java"), JAVA_SCALE);

        String markdown = AsyncioReport.render(runs, Format.MARKDOWN, HEADING);
        String csv = AsyncioReport.render(runs, Format.CSV, HEADING);

        assertAll(
                () -> assertEquals("| case | runtime | tasks | wall ms | process ms | CPU ms | peak RSS MB | siblings cancelled | outcome |",
                        markdown.lines().findFirst().orElseThrow()),
                () -> assertEquals(List.of(
                        List.of("taskgroup-failure", "structured", "2", "115", "300", "210", "61.6", "yes, +7 ms",
                                "StructuredTaskScope.FailedException (TaskFailedException)"),
                        List.of("scale", "structured", "10,000", "1020", "700", "900", "48.0", "-", "10,000 slept")),
                        cells(runs)),
                () -> assertEquals(List.of(
                        "case,runtime,tasks,wall ms,process ms,CPU ms,peak RSS MB,siblings cancelled,outcome",
                        "taskgroup-failure,structured,2,115,300,210,61.6,\"yes, +7 ms\",StructuredTaskScope.FailedException (TaskFailedException)",
                        "scale,structured,\"10,000\",1020,700,900,48.0,-,\"10,000 slept\""),
                        csv.lines().toList()));
    }

    @Test
    void jsonHasEveryFigureAndEventOfEveryRunAndNullForWhatARunDidNotHave() throws Exception {
        JsonNode runs = JsonMapper.builder().build().readTree(AsyncioReport.render(
                List.of(recorded("gather-failure", "python"), recorded("gather-failure", "java"),
                        scale(JavaScale.MODEL, "Java 25.0.3+9-LTS", 700, OptionalLong.empty())),
                Format.JSON, HEADING));

        JsonNode python = runs.get(0);
        JsonNode java = runs.get(1);
        JsonNode scale = runs.get(2);
        assertAll(
                () -> assertEquals(3, runs.size()),
                () -> assertEquals("gather-failure", python.get("case").asString()),
                () -> assertEquals("python-asyncio", python.get("runtime").asString()),
                () -> assertEquals("Python 3.11.7", python.get("version").asString()),
                () -> assertEquals("asyncio.gather(say_hello(), say_world())", python.get("idiom").asString()),
                () -> assertEquals(2, python.get("tasks").asLong()),
                () -> assertEquals("TaskFailedError", python.get("outcome").asString()),
                () -> assertEquals(110.887, python.get("wallMillis").asDouble()),
                () -> assertEquals(300, python.get("processMillis").asLong()),
                () -> assertEquals(74, python.get("cpuMillis").asLong()),
                () -> assertEquals(23_478_272, python.get("peakRssBytes").asLong()),
                () -> assertEquals(23_216_128, python.get("ruMaxrssBytes").asLong()),
                () -> assertEquals(false, python.get("siblingsCancelled").asBoolean()),
                () -> assertTrue(python.get("siblingsCancelled").isBoolean()),
                () -> assertEquals("no, ran on 91 ms", python.get("siblings").asString()),
                () -> assertEquals(110.618, python.get("decidedAtMillis").asDouble()),
                () -> assertEquals("hello", python.get("decidedBy").asString()),
                () -> assertEquals(4, python.get("events").size()),
                () -> assertEquals(List.of("world", "finished", "201.549", "task-3"), fields(python.get("events").get(3))),
                () -> assertTrue(java.get("ruMaxrssBytes").isNull(), "Java has no getrusage figure"),
                () -> assertEquals(61_669_376, java.get("peakRssBytes").asLong()),
                () -> assertTrue(scale.get("peakRssBytes").isNull(), "a peak the child could not read"),
                () -> assertTrue(scale.get("decidedAtMillis").isNull(), "a gather of sleepers decides nothing early"),
                () -> assertTrue(scale.get("decidedBy").isNull()),
                () -> assertTrue(scale.get("siblingsCancelled").isNull()),
                () -> assertEquals("-", scale.get("siblings").asString()),
                () -> assertEquals(0, scale.get("events").size()));
    }

    private static List<String> fields(JsonNode event) {
        return List.of(event.get("task").asString(), event.get("kind").asString(), Double.toString(event.get("atMillis").asDouble()),
                event.get("runsOn").asString());
    }
}
