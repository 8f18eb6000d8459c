package showcase.report;

import java.util.OptionalLong;

/** Memory as every table prints it: MB are 10⁶ bytes, the unit the operating system's tools and the README use. */
public final class Sizes {

    private static final long MB = 1_000_000;

    private Sizes() {
    }

    public static double megabytes(long bytes) {
        return bytes / (double) MB;
    }

    /** Whole megabytes, or nothing where the size could not be had. */
    public static OptionalLong megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? OptionalLong.of(Math.round(megabytes(bytes.getAsLong()))) : OptionalLong.empty();
    }
}
