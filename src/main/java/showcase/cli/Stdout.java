package showcase.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. {@code PrintStream} swallows the
 * {@code IOException} and only sets a flag; the reason tells a reader who went away (a closed
 * pipe, which ends the run quietly) from a full disk (which is an error).
 */
public final class Stdout extends PrintStream {

    private final Watch watch;

    private Stdout(Watch watch) {
        super(watch, true, StandardCharsets.UTF_8);
        this.watch = watch;
    }

    public static Stdout of(OutputStream out) {
        return new Stdout(new Watch(out));
    }

    public static Stdout system() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /** The first write failure, if there was one. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(watch.failure);
    }

    /** True when the failure is the reader closing the pipe ({@code | head -1}). */
    public static boolean readerWentAway(IOException failure) {
        return "Broken pipe".equals(failure.getMessage());
    }

    private static final class Watch extends FilterOutputStream {

        private volatile IOException failure;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
