package showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output passes every byte on, and keeps the reason of the first write that failed, whichever call it was. */
class StdoutTest {

    @Test
    void passesSingleBytesAndFlushesThroughToABufferedStream() {
        var bytes = new ByteArrayOutputStream();
        Stdout out = Stdout.of(new BufferedOutputStream(bytes));

        out.write('a');
        out.print("bc");
        out.flush();

        assertEquals("abc", bytes.toString(StandardCharsets.UTF_8));
        assertTrue(out.failure().isEmpty());
    }

    @Test
    void remembersAFailedSingleByteWrite() {
        Stdout out = Stdout.of(failing("No space left on device", false));

        out.write('a');

        assertEquals("No space left on device", out.failure().orElseThrow().getMessage());
    }

    @Test
    void remembersAReaderThatWentAwayWhenTheOutputIsFlushed() {
        Stdout out = Stdout.of(failing("Broken pipe", true));

        out.print("a row");
        out.flush();

        assertTrue(Stdout.readerWentAway(out.failure().orElseThrow()), "" + out.failure());
    }

    @Test
    void keepsTheFirstFailureNotTheLast() {
        Stdout out = Stdout.of(new OutputStream() {
            private int writes;

            @Override
            public void write(int b) throws IOException {
                throw new IOException(writes++ == 0 ? "Broken pipe" : "No space left on device");
            }
        });

        out.write('a');
        out.write('b');

        assertEquals("Broken pipe", out.failure().orElseThrow().getMessage());
    }

    /** Fails every write, or only flushes: a pipe whose reader leaves after the bytes were buffered. */
    private static OutputStream failing(String reason, boolean onFlushOnly) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (!onFlushOnly) {
                    throw new IOException(reason);
                }
            }

            @Override
            public void flush() throws IOException {
                throw new IOException(reason);
            }
        };
    }
}
