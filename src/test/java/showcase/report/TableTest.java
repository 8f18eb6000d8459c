package showcase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void padsColumnsAndRightAlignsNumbers() {
        String text = new Table("model", "wall ms", "note")
                .row("structured", 2004, "fast")
                .row("sequential", 30001, "slow one")
                .text();

        assertEquals(String.join(System.lineSeparator(),
                "model       wall ms  note",
                "structured     2004  fast",
                "sequential    30001  slow one",
                ""), text);
    }

    @Test
    void aPlaceholderInAColumnOfNumbersLinesUpWithThem() {
        Table table = new Table("model", "wasted ms").row("structured", "-").row("fixed-pool", 100);

        assertEquals(String.join(System.lineSeparator(),
                "model       wasted ms",
                "structured          -",
                "fixed-pool        100",
                ""), table.text());
        assertTrue(table.markdown().contains("| --- | ---: |"), table.markdown());
    }

    @Test
    void aDeclaredAlignmentHoldsWhateverTheCells() {
        String text = new Table("model", "wasted ms", "left running")
                .align("wasted ms", Table.Align.RIGHT)
                .align("left running", Table.Align.LEFT)
                .row("structured", "-", 0)
                .text();

        assertEquals(String.join(System.lineSeparator(),
                "model       wasted ms  left running",
                "structured          -  0",
                ""), text);
        assertThrows(IllegalArgumentException.class, () -> new Table("a").align("b", Table.Align.LEFT));
    }

    @Test
    void aColumnOfPlaceholdersAloneIsText() {
        String text = new Table("siblings interrupted", "ms").row("-", 1).text();

        assertEquals(String.join(System.lineSeparator(), "siblings interrupted  ms", "-                      1", ""), text);
    }

    @Test
    void groupsRowsUnderHeadingsWithCommonWidths() {
        String text = new Table("case", "model", "ms")
                .row("race", "structured", 101)
                .row("race", "sequential", 100)
                .row("deadline", "structured", 152)
                .textGroupedBy(0, id -> id + ":");

        assertEquals(String.join(System.lineSeparator(),
                "  model        ms",
                "race:",
                "  structured  101",
                "  sequential  100",
                "deadline:",
                "  structured  152",
                ""), text);
    }

    @Test
    void markdownRightAlignsNumbersAndEscapesPipes() {
        String markdown = new Table("model", "ms").row("a|b", 3).markdown();

        assertEquals(String.join(System.lineSeparator(),
                "| model | ms |",
                "| --- | ---: |",
                "| a\\|b | 3 |",
                ""), markdown);
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuoted() {
        String csv = new Table("outcome", "ms").row("[Hello, World]", 2).row("say \"hi\"", 1).row("plain", 0).csv();

        assertEquals("outcome,ms\r\n\"[Hello, World]\",2\r\n\"say \"\"hi\"\"\",1\r\nplain,0\r\n", csv);
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class, () -> new Table("a", "b").row("only one"));
    }
}
