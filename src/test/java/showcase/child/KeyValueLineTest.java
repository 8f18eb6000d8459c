package showcase.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A child's line survives the trip: spaces, equals signs and non-ASCII in a value stay one value. */
class KeyValueLineTest {

    @Test
    void roundTrips() {
        String line = KeyValueLine.of("result").with("status", "limit").with("completed", 42)
                .with("reason", "java.lang.OutOfMemoryError: unable to create native thread = ≠").line();

        KeyValueLine read = KeyValueLine.parse(line).orElseThrow();

        assertEquals("result", read.kind());
        assertEquals("limit", read.text("status").orElseThrow());
        assertEquals(OptionalLong.of(42), read.number("completed"));
        assertEquals("java.lang.OutOfMemoryError: unable to create native thread = ≠", read.text("reason").orElseThrow());
    }

    @Test
    void theJvmsOwnLinesAreNotTakenForOurs() {
        assertTrue(KeyValueLine.parse("[0.402s][info][jfr,startup] Started recording 1.").isEmpty());
        assertTrue(KeyValueLine.parse("result status=100%").isEmpty());
        assertTrue(KeyValueLine.parse("").isEmpty());
    }
}
