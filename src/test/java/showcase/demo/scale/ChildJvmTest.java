package showcase.demo.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The children's flags: eden holds what N tasks were measured to allocate, so no collection runs
 * while they sleep; the heap sizes are consistent (-Xmn < -Xms <= -Xmx); a smaller machine gets a
 * smaller heap; a full heap ends every child; a child starts from the AOT cache trained for it since
 * the jar was built, and from none that is older.
 */
class ChildJvmTest {

    private static final long GB = 1L << 30;
    private static final long MB = 1L << 20;
    /**
     * The most eden a child used, per task, by the end of a 1e6 x 1 s run of the structured model
     * ({@code -Xlog:gc+heap+exit}: 807 to 865 MB in use, 2 cores, Temurin 25.0.3), warm-up included.
     */
    private static final long MEASURED_EDEN_BYTES_PER_TASK = 865;
    private static final ChildJvm SCALE_FLAGS = new ChildJvm(false, List.of());

    private record Heap(long youngBytes, long initialBytes, long maxBytes) {

        /** Serial's default survivor ratio (8) leaves eden 8/10 of the young generation. */
        long edenBytes() {
            return youngBytes / 10 * 8;
        }

        static Heap of(List<String> flags) {
            return new Heap(megabytes(flags, "-Xmn"), megabytes(flags, "-Xms"), megabytes(flags, "-Xmx"));
        }

        private static long megabytes(List<String> flags, String prefix) {
            List<String> matching = flags.stream().filter(flag -> flag.startsWith(prefix)).toList();
            assertEquals(1, matching.size(), prefix + " in " + flags);
            assertTrue(matching.getFirst().matches(prefix + "[1-9]\\d*m"), matching.getFirst());
            return Long.parseLong(matching.getFirst().substring(prefix.length(), matching.getFirst().length() - 1)) * MB;
        }
    }

    @Test
    void onAMachineWithRoomEdenHoldsWhatAMillionTasksWereMeasuredToAllocate() {
        Heap heap = Heap.of(SCALE_FLAGS.flags(1_000_000, 64 * GB));

        assertTrue(heap.edenBytes() >= 1_000_000 * MEASURED_EDEN_BYTES_PER_TASK, heap.toString());
    }

    @Test
    void theYoungGenerationGrowsWithN() {
        long thousand = Heap.of(SCALE_FLAGS.flags(1_000, 64 * GB)).youngBytes();
        long hundredThousand = Heap.of(SCALE_FLAGS.flags(100_000, 64 * GB)).youngBytes();
        long million = Heap.of(SCALE_FLAGS.flags(1_000_000, 64 * GB)).youngBytes();

        assertTrue(thousand < hundredThousand && hundredThousand < million, thousand + " " + hundredThousand + " " + million);
    }

    @Test
    void theFlagsComeInOrderWithTheYoungGenerationInsideTheInitialHeapAndTheUsersOptionsLast() {
        List<String> flags = new ChildJvm(false, List.of("-Xmn600m")).flags(1_000_000, 64 * GB);
        Heap heap = Heap.of(flags.subList(0, flags.size() - 1));

        assertAll(
                () -> assertEquals(List.of("-XX:+UseSerialGC", "-XX:-BackgroundCompilation", "-XX:+UseCompactObjectHeaders"),
                        flags.subList(0, 3)),
                () -> assertTrue(flags.get(3).startsWith("-Xmn") && flags.get(4).startsWith("-Xms")
                        && flags.get(5).startsWith("-Xmx"), flags.toString()),
                () -> assertEquals("-Xmn600m", flags.getLast(), "what the user adds comes last, so it wins"),
                () -> assertTrue(heap.youngBytes() < heap.initialBytes(), "room for an old generation: " + heap),
                () -> assertTrue(heap.initialBytes() <= heap.maxBytes(), heap.toString()));
    }

    @Test
    void aSmallMachineGetsASmallerHeapThatFitsInItsMemory() {
        Heap small = Heap.of(SCALE_FLAGS.flags(1_000_000, 2 * GB));
        Heap large = Heap.of(SCALE_FLAGS.flags(1_000_000, 64 * GB));

        assertAll(
                () -> assertTrue(small.youngBytes() <= GB, "at most half of the machine: " + small),
                () -> assertTrue(small.youngBytes() < large.youngBytes(), small + " against " + large),
                () -> assertTrue(small.initialBytes() < 2 * GB, small.toString()),
                () -> assertTrue(small.youngBytes() < small.initialBytes() && small.initialBytes() <= small.maxBytes(),
                        small.toString()));
    }

    @Test
    void theJdksDefaultsLeaveOnlyTheExitOnAFullHeapAndWhatTheUserAdded() {
        assertEquals(List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+UseCompactObjectHeaders"),
                new ChildJvm(true, List.of("-XX:+UseCompactObjectHeaders")).flags(1_000_000, 64 * GB));
    }

    @Test
    void aFullHeapEndsEveryChildUnlessTheUserSaysOtherwise() {
        for (boolean jdkDefaults : new boolean[] {false, true}) {
            List<String> flags = new ChildJvm(jdkDefaults, List.of("-XX:-ExitOnOutOfMemoryError")).flags(1_000, 64 * GB);

            assertEquals(List.of("-XX:+ExitOnOutOfMemoryError", "-XX:-ExitOnOutOfMemoryError"),
                    flags.subList(flags.size() - 2, flags.size()), "JDK defaults " + jdkDefaults + ": " + flags);
        }
    }

    @Test
    void aChildStartsFromTheCacheTrainedAfterTheJarAndOnlyWithItsOwnFlags(@TempDir Path target) throws IOException {
        Path jar = Files.createFile(target.resolve("showcase.jar"));
        Path cache = Files.createFile(target.resolve(ChildJvm.AOT_CACHE_FILE));
        Instant built = Instant.parse("2026-12-07T05:00:00Z");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        Files.setLastModifiedTime(cache, FileTime.from(built.plusSeconds(20)));

        Optional<Path> trained = ChildJvm.trainedAotCache(jar.toString());
        List<String> flags = new ChildJvm(false, trained, List.of("-Xmn600m")).flags(1_000, 64 * GB);

        assertAll(
                () -> assertEquals(Optional.of(cache), trained),
                () -> assertEquals("-XX:AOTCache=" + cache, flags.get(6), "after the heap, before the user's: " + flags),
                () -> assertEquals("-Xmn600m", flags.getLast()),
                () -> assertEquals(List.of("-XX:+ExitOnOutOfMemoryError"), new ChildJvm(true, trained, List.of())
                        .flags(1_000, 64 * GB), "the JDK's defaults have other object headers than the cache's"),
                () -> assertEquals(Optional.empty(), ChildJvm.trainedAotCache(target.resolve("classes").toString())),
                () -> assertEquals(Optional.empty(), ChildJvm.trainedAotCache(jar + java.io.File.pathSeparator + jar)));

        Files.setLastModifiedTime(jar, FileTime.from(built.plusSeconds(60)));
        assertEquals(Optional.empty(), ChildJvm.trainedAotCache(jar.toString()), "trained on the jar before this one");
        Files.delete(cache);
        assertEquals(Optional.empty(), ChildJvm.trainedAotCache(jar.toString()));
    }
}
