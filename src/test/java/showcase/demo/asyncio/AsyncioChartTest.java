package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asyncio chart, read back from its SVG, for runs whose figures are set by the test: every
 * run a bar of its whole-process time and one of its peak RSS, Python's and Java's each in the
 * legend's colour whichever ran first, and a case's or a scale's name under them.
 */
class AsyncioChartTest {

    /** The legend's colours: Python's blue, Java's orange. */
    private static final String PYTHON = "rgb(76,120,168)";
    private static final String JAVA = "rgb(245,133,24)";
    private static final Pattern RECT = Pattern.compile(
            "<rect x='([-\\d.]+)' y='([-\\d.]+)' width='([\\d.]+)' height='([\\d.]+)' style='fill:(rgb\\(\\d+,\\d+,\\d+\\))");
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    @TempDir
    Path dir;

    private static ProgramRun run(String runtime, String caseId, long tasks, long processMillis, OptionalLong peakRssBytes) {
        return new ProgramRun(runtime, caseId, "", "", tasks, "", Optional.empty(), processMillis - 100.0, processMillis, 100, peakRssBytes,
                OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), List.of(), List.of());
    }

    /** A bar as drawn: where it is, how tall, and its colour. */
    private record Bar(double y, double height, String colour) {
    }

    /** The bars of the chart, top to bottom; the legend's small squares are not bars. */
    private static List<Bar> bars(String svg, String colour) {
        List<Bar> bars = new ArrayList<>();
        Matcher m = RECT.matcher(svg);
        while (m.find()) {
            if (Double.parseDouble(m.group(3)) > 10 && m.group(5).equals(colour)) {
                bars.add(new Bar(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4)), m.group(5)));
            }
        }
        bars.sort(Comparator.comparingDouble(Bar::y));
        return bars;
    }

    private static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private String draw(List<ProgramRun> runs) throws Exception {
        Path svg = dir.resolve("asyncio.svg");
        AsyncioChart.write(runs, svg);
        return Files.readString(svg);
    }

    @Test
    void eachRunIsABarOfTimeAndOneOfMemoryInItsRuntimesColourAsTallAsItsFigure() throws Exception {
        String svg = draw(List.of(run(AsyncioReport.PYTHON, "race", 2, 250, OptionalLong.of(20_000_000)),
                run("structured", "race", 2, 500, OptionalLong.of(40_000_000))));

        List<Bar> python = bars(svg, PYTHON);
        List<Bar> java = bars(svg, JAVA);
        assertAll(
                () -> assertEquals(2, python.size(), "Python's time and memory: " + python),
                () -> assertEquals(2, java.size(), "Java's time and memory: " + java),
                () -> assertEquals(2.0, java.get(0).height() / python.get(0).height(), 0.02, "500 ms against 250 ms"),
                () -> assertEquals(2.0, java.get(1).height() / python.get(1).height(), 0.02, "40 MB against 20 MB"));
    }

    @Test
    void javasBarsKeepJavasColourWhenPythonsSideDidNotRun() throws Exception {
        String svg = draw(List.of(run("structured", "race", 2, 500, OptionalLong.of(40_000_000))));

        assertAll(
                () -> assertEquals(2, bars(svg, JAVA).size(), svg),
                () -> assertEquals(List.of(), bars(svg, PYTHON)));
    }

    @Test
    void timeIsInSecondsUnderTheCaseOrTheScalesSizeAndEachRuntimeIsInTheLegendOnce() throws Exception {
        String svg = draw(List.of(run(AsyncioReport.PYTHON, "scale", 10_000, 1_400, OptionalLong.of(60_000_000)),
                run(JavaScale.MODEL, "scale", 10_000, 700, OptionalLong.empty()),
                run(AsyncioReport.PYTHON, "gather", 2, 300, OptionalLong.of(20_000_000))));

        List<String> texts = texts(svg);
        assertAll(
                () -> assertTrue(texts.containsAll(List.of("asyncio beside Java 25", "scale 10,000", "gather")), texts.toString()),
                () -> assertTrue(texts.stream().anyMatch(text -> text.startsWith("each program in a process of its own")),
                        texts.toString()),
                () -> assertEquals(1, texts.stream().filter(text -> text.equals(AsyncioReport.PYTHON)).count(), texts.toString()),
                () -> assertEquals(1, texts.stream().filter(text -> text.startsWith("Java (the case")).count(), texts.toString()),
                () -> assertTrue(texts.contains("1.4"), "1,400 ms reaches 1.4 s on the time axis: " + texts),
                () -> assertEquals(4, bars(svg, PYTHON).size(), "two times, two peaks"),
                () -> assertEquals(1, bars(svg, JAVA).size(), "a time, but no peak: Java's child reported none"));
    }
}
