package showcase.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import showcase.readme.ReadmeCheck.Numbers;

/** The README check must catch drift, and only drift: what it lets vary is spelled out here. */
class OutputComparisonTest {

    private static final Numbers BAND = new Numbers.Band(40, 0.05);

    private static boolean same(List<String> readme, List<String> output, Numbers numbers) {
        Optional<String> difference = OutputComparison.compare(readme, output, numbers);
        return difference.isEmpty();
    }

    @Test
    void threadIdsAndAlignmentMayDiffer() {
        assertTrue(same(List.of("+1035ms  hello     virtual#21   INFO  Hello"),
                List.of("+1035ms  hello     virtual#7    INFO  Hello"), new Numbers.Exact()));
    }

    @Test
    void timesMayDifferWithinTheBandButNotBeyond() {
        List<String> readme = List.of("+1035ms  hello     virtual#21   INFO  Hello", "gathered in 2002 ms (3000 ms)");
        assertTrue(same(readme, List.of("+1070ms  hello     virtual#2    INFO  Hello", "gathered in 2090 ms (3000 ms)"), BAND));
        assertTrue(!same(readme, List.of("+1035ms  hello     virtual#2    INFO  Hello", "gathered in 2150 ms (3000 ms)"), BAND));
        assertTrue(!same(readme, List.of("+1035ms  hello     virtual#2    INFO  Hello", "gathered in 2002 ms (3001 ms)"),
                new Numbers.Exact()));
    }

    @Test
    void aLateStartShiftsEveryStampAlikeButTheGapsMustHold() {
        List<String> readme = List.of("+284ms   heartbeat virtual#18   INFO  tick 1", "+1035ms  hello     virtual#21   INFO  Hello");
        assertTrue(same(readme, List.of("+444ms   heartbeat virtual#1    INFO  tick 1",
                "+1195ms  hello     virtual#2    INFO  Hello"), BAND));
        assertTrue(!same(readme, List.of("+444ms   heartbeat virtual#1    INFO  tick 1",
                "+1035ms  hello     virtual#2    INFO  Hello"), BAND));
    }

    @Test
    void countsStayExactEvenInABand() {
        assertTrue(!same(List.of("tick 4"), List.of("tick 5"), BAND));
        assertTrue(!same(List.of("structured  2007  2 virtual"), List.of("structured  2007  3 virtual"), BAND));
    }

    @Test
    void aTableColumnWhoseHeaderNamesAUnitVaries() {
        List<String> readme = List.of("model        wall ms  threads created", "structured      2007  2 virtual");
        assertTrue(same(readme, List.of("model        wall ms  threads created", "structured      2031  2 virtual"), BAND));
        assertTrue(!same(readme, List.of("model        wall ms  threads created", "structured      2031  1 virtual"), BAND));
    }

    @Test
    void shapeLetsAnyNumberStandForAnother() {
        assertTrue(same(List.of("structured  1,000,000  2.4 s"), List.of("structured  2,000  0.1 s"), new Numbers.Shape()));
        assertTrue(!same(List.of("structured  1,000,000  2.4 s"), List.of("platform  2,000  0.1 s"), new Numbers.Shape()));
    }

    @Test
    void concurrentLinesMaySwapButNoneMayBeMissingOrExtra() {
        List<String> readme = List.of("a 1", "b 2", "c 3");
        assertTrue(same(readme, List.of("b 2", "a 1", "c 3"), new Numbers.Exact()));
        assertTrue(!same(readme, List.of("a 1", "c 3"), new Numbers.Exact()));
        assertTrue(!same(readme, List.of("a 1", "b 2", "c 3", "d 4"), new Numbers.Exact()));
    }

    @Test
    void aGapStandsForAnyLines() {
        List<String> readme = List.of("first", "...", "last");
        assertTrue(same(readme, List.of("first", "x", "y", "last"), new Numbers.Exact()));
        assertTrue(same(readme, List.of("first", "last"), new Numbers.Exact()));
        assertTrue(!same(readme, List.of("first", "x", "last", "after"), new Numbers.Exact()));
        assertTrue(same(List.of("...", "middle", "..."), List.of("a", "middle", "b"), new Numbers.Exact()));
    }

    @Test
    void jsonFieldsNamedForTimeVary() {
        assertTrue(same(List.of("{\"elapsedMs\":1048,\"threadId\":19,\"message\":\"Hello\"}"),
                List.of("{\"elapsedMs\":1060,\"threadId\":22,\"message\":\"Hello\"}"), BAND));
    }

    @Test
    void theDirectiveIsReadWithItsOptions() {
        List<ReadmeCheck> checks = Readme.checks(List.of(
                "text", "<!-- check: scripts/showcase --fail 'hello' --heartbeat 100ms", "  stream: stderr",
                "  numbers: band 40ms 5%", "  exit: 130", "  signal: INT after \"tick 5\"", "-->", "```", "out", "```",
                "```java", "code", "```"));

        assertEquals(1, checks.size());
        ReadmeCheck check = checks.getFirst();
        assertEquals(List.of("scripts/showcase", "--fail", "hello", "--heartbeat", "100ms"), check.command());
        assertEquals(Optional.of("stderr"), check.stream());
        assertEquals(new Numbers.Band(40, 0.05), check.numbers());
        assertEquals(130, check.exitCode());
        assertEquals(Optional.of(new ReadmeCheck.Signal("INT", "tick 5")), check.signal());
        assertEquals(List.of("out"), check.expected());
    }

    @Test
    void aDollarDirectiveChecksEachCommandOfTheBlock() {
        List<ReadmeCheck> checks = Readme.checks(List.of("<!-- check: $", "  exit: 2 -->", "```",
                "$ scripts/showcase --model nope", "scripts/showcase: unknown model 'nope'",
                "$ scripts/showcase compare --case nope", "first line", "second line", "```"));

        assertEquals(2, checks.size());
        assertEquals(List.of("scripts/showcase", "--model", "nope"), checks.get(0).command());
        assertEquals(List.of("scripts/showcase: unknown model 'nope'"), checks.get(0).expected());
        assertEquals(List.of("first line", "second line"), checks.get(1).expected());
        assertEquals(2, checks.get(1).exitCode());
    }

    @Test
    void anOutputBlockWithoutADirectiveFailsTheCheck() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Readme.checks(List.of("Some text", "```", "output nobody checks", "```")));
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }
}
