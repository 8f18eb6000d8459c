package showcase.demo.scale;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM flags a scale child runs with, each measured (README, "scale"). Serial GC, with a young
 * generation sized from N so that no collection runs while the tasks sleep: a collection then
 * would copy every parked virtual thread's stack chunk, seconds at a million. Untouched heap
 * costs no resident memory, so the sizing is generous. Compilation in the foreground, so that a
 * method is used compiled as soon as it is hot: a thread frozen in an interpreted frame keeps a
 * larger stack chunk for as long as it sleeps. Compact object headers (JEP 519): 4 bytes less
 * for each of the dozen objects a sleeping virtual thread is made of. {@code jdkDefaults} leaves
 * the JDK's own choices (G1, a quarter of the RAM, background compilation, 12-byte headers) to
 * show what the flags buy, but a full heap ends the child all the same; {@code extra} comes last and wins.
 * With the children's flags, a child starts from {@code aotCache} if there is one (JEPs 483 and 515): the
 * classes a child loads, already loaded and linked, and the method profiles of a small run of sleepers.
 */
record ChildJvm(boolean jdkDefaults, Optional<Path> aotCache, List<String> extra) {

    /** Where scripts/showcase trains the children's AOT cache, beside the jar: {@code target/scale-child.aot}. */
    static final String AOT_CACHE_FILE = "scale-child.aot";

    /** What a task and its thread allocate, with room to spare: about 900 B were measured for a virtual thread. */
    private static final long BYTES_PER_TASK = 1_200;
    /** The warm-up's garbage, the JVM's own objects and the gather's arrays, with room to spare. */
    private static final long FIXED_BYTES = 128L << 20;
    private static final long OLD_GENERATION_BYTES = 64L << 20;
    private static final int MB = 1 << 20;
    /** A full heap ends the child at once: HotSpot says so on stdout and exits with code 3, read by {@link ChildRun}. */
    private static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    ChildJvm(boolean jdkDefaults, List<String> extra) {
        this(jdkDefaults, Optional.empty(), extra);
    }

    /** The children of this JVM, with the AOT cache scripts/showcase trained for them since the jar was built. */
    static ChildJvm launched(boolean jdkDefaults, List<String> extra) {
        return new ChildJvm(jdkDefaults, trainedAotCache(System.getProperty("java.class.path")), extra);
    }

    // A cache older than the jar was trained on other classes: HotSpot would refuse it and warn.
    static Optional<Path> trainedAotCache(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath);
        Path cache = jar.resolveSibling(AOT_CACHE_FILE);
        try {
            return Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0
                    ? Optional.of(cache) : Optional.empty();
        } catch (IOException noCache) {
            return Optional.empty();
        }
    }

    List<String> flags(long tasks) {
        return flags(tasks, physicalMemoryBytes());
    }

    /** The flags on a machine with this much memory: the young generation takes at most half of it. */
    List<String> flags(long tasks, long physicalMemoryBytes) {
        List<String> flags = new ArrayList<>();
        if (!jdkDefaults) {
            long young = youngGenerationBytes(tasks, physicalMemoryBytes);
            flags.add("-XX:+UseSerialGC");
            flags.add("-XX:-BackgroundCompilation");
            flags.add("-XX:+UseCompactObjectHeaders");
            flags.add("-Xmn" + young / MB + "m");
            flags.add("-Xms" + (young + OLD_GENERATION_BYTES) / MB + "m");
            // What the JDK would pick on its own (a quarter of the RAM), so a large N still has room to spill over.
            flags.add("-Xmx" + Math.max(young + OLD_GENERATION_BYTES, physicalMemoryBytes / 4) / MB + "m");
            aotCache.ifPresent(cache -> flags.add("-XX:AOTCache=" + cache));
        }
        // A full heap ends the child at once: caught in Java, the error left it no memory to report with, and the
        // sleepers of its unclosed scope kept it alive. HotSpot does not end it for a thread the OS refuses: that
        // OutOfMemoryError reaches Java, and the row says limit all the same.
        flags.add(EXIT_ON_OUT_OF_MEMORY);
        flags.addAll(extra);
        return flags;
    }

    // Eden is 8/10 of the young generation with Serial's default survivor ratio.
    private static long youngGenerationBytes(long tasks, long physicalMemoryBytes) {
        long eden = tasks * BYTES_PER_TASK + FIXED_BYTES;
        return Math.min(eden / 8 * 10, physicalMemoryBytes / 2);
    }

    private static long physicalMemoryBytes() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
