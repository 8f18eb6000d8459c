package showcase.report;

/** Memory as every table prints it: MB are 10⁶ bytes, the unit the operating system's tools and the README use. */
public final class Sizes {

    public static final long MB = 1_000_000;

    private Sizes() {
    }

    public static double megabytes(long bytes) {
        return bytes / (double) MB;
    }
}
