package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.CapturedStderr;
import showcase.testing.NoThreadLeftBehind;

/**
 * The bars a terminal shows while a child runs, fed with progress as the child reports it: a
 * bar of tasks forked, then, once all are, a bar of tasks finished, each last drawn where it got
 * to. (A bar closed before the library's first redraw keeps no line of its own, the library's
 * quirk: the next bar's carriage return draws over it. Read here redraw by redraw.)
 */
@ExtendWith(NoThreadLeftBehind.class)
class ProgressBarsTest {

    /**
     * The library draws every bar from one daemon thread it keeps for the JVM's life; started
     * here, before any test's census, so that the census counts only threads a bar should not leave.
     * With a width of its own, as the showcase's bars have, it opens no JLine terminal (whose
     * native library Java 25 would warn about).
     */
    @BeforeAll
    static void startTheLibrarysDrawingThread() {
        new ProgressBarBuilder().setInitialMax(1)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(OutputStream.nullOutputStream()), 80))
                .build().close();
    }

    private static final Pattern BAR = Pattern.compile("(.+?) +(\\d+%.*)");

    /**
     * Each bar's title and what it showed last, in the order the bars came: the terminal's
     * colours taken out, every redraw (a carriage return, or a new line) read in turn.
     */
    private static Map<String, String> lastDrawn(String stderr) {
        Map<String, String> bars = new LinkedHashMap<>();
        for (String drawn : stderr.replaceAll("\u001B\\[[;\\d]*m", "").split("[\r\n]+")) {
            Matcher bar = BAR.matcher(drawn.strip().replaceAll(" +", " "));
            if (bar.matches()) {
                bars.put(bar.group(1), bar.group(2));
            }
        }
        return bars;
    }

    @Test
    void aBarOfTasksForkedThenOneOfTasksFinishedEachEndingWhereItGotTo() throws Exception {
        var bars = new ProgressBars();

        String stderr = CapturedStderr.text(() -> {
            ChildRun.Progress progress = bars.begin("structured", 4);
            progress.update(2, 0);
            progress.update(4, 1);
            progress.update(4, 4);
            bars.stop();
        });

        Map<String, String> drawn = lastDrawn(stderr);
        assertEquals(List.of("structured 4 forked", "structured 4 finished"), List.copyOf(drawn.keySet()), stderr);
        assertTrue(drawn.get("structured 4 forked").matches("100% .* 4/4 .*"), drawn.toString());
        assertTrue(drawn.get("structured 4 finished").matches("100% .* 4/4 .*"), drawn.toString());
    }

    @Test
    void aRunStoppedWhileForkingLeavesTheForkedBarWhereItWasAndNoFinishedBar() throws Exception {
        var bars = new ProgressBars();

        String stderr = CapturedStderr.text(() -> {
            ChildRun.Progress progress = bars.begin("platform-threads", 1_000);
            progress.update(200, 0);
            progress.update(500, 3);
            bars.stop();
        });

        Map<String, String> drawn = lastDrawn(stderr);
        assertEquals(List.of("platform-threads 1,000 forked"), List.copyOf(drawn.keySet()), stderr);
        assertTrue(drawn.get("platform-threads 1,000 forked").matches("50% .* 500/1000 .*"), drawn.toString());
    }

    @Test
    void theNextModelGetsBarsOfItsOwnAndAModelThatReportedNothingGetsNone() throws Exception {
        var bars = new ProgressBars();

        String stderr = CapturedStderr.text(() -> {
            bars.begin("structured", 4).update(3, 0);
            bars.begin("sequential", 2).update(1, 0);
            bars.begin("virtual-executor", 8);
            bars.stop();
        });

        Map<String, String> drawn = lastDrawn(stderr);
        assertEquals(List.of("structured 4 forked", "sequential 2 forked"), List.copyOf(drawn.keySet()), stderr);
        assertTrue(drawn.get("structured 4 forked").startsWith("75% "), drawn.toString());
        assertTrue(drawn.get("sequential 2 forked").startsWith("50% "), drawn.toString());
    }
}
