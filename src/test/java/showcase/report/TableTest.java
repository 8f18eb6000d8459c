package showcase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void refusesARowOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class, () -> new Table("a", "b").row("only one"));
    }
}
