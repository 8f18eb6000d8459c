package showcase.demo.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import showcase.values.Counts;

/**
 * How many platform threads this machine can give us without starving anyone else. On Linux the
 * limits are machine-wide ({@code pid_max}, {@code threads-max}: every process's threads count),
 * per user ({@code ulimit -u}) or per process ({@code max_map_count}: a thread's stack takes two
 * memory mappings), so a program that takes every thread it can makes other programs fail to
 * start theirs. The cap leaves a quarter of the headroom (at least 1,024 threads) to the rest of
 * the machine. Where {@code /proc} is missing the cap is a fixed {@value #WITHOUT_PROC}.
 */
record PlatformThreadLimits(OptionalLong pidMax, OptionalLong threadsMax, OptionalLong userProcesses,
        OptionalLong maxMapCount, OptionalLong threadsInUse) {

    static final int WITHOUT_PROC = 4_096;
    private static final long LEAST_MARGIN = 1_024;
    private static final int MAPPINGS_PER_THREAD = 2;

    static PlatformThreadLimits read() {
        return new PlatformThreadLimits(
                number(Path.of("/proc/sys/kernel/pid_max")),
                number(Path.of("/proc/sys/kernel/threads-max")),
                readUserProcesses(),
                number(Path.of("/proc/sys/vm/max_map_count")),
                readThreadsInUse());
    }

    /** The most platform threads a scale child may have alive at once unless told otherwise. */
    int safeCap() {
        long inUse = threadsInUse.orElse(0);
        LongStream headrooms = LongStream.concat(
                Stream.of(pidMax, threadsMax, userProcesses).flatMapToLong(OptionalLong::stream)
                        .map(limit -> limit - inUse),
                maxMapCount.stream().map(maps -> maps / MAPPINGS_PER_THREAD));
        OptionalLong headroom = headrooms.min();
        if (headroom.isEmpty()) {
            return WITHOUT_PROC;
        }
        long margin = Math.max(headroom.getAsLong() / 4, LEAST_MARGIN);
        return Math.clamp(headroom.getAsLong() - margin, 1, Integer.MAX_VALUE);
    }

    /** {@code pid_max 32,768, threads-max 192,730, ulimit -u 96,365, max_map_count 65,530, 412 threads in use}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        pidMax.ifPresent(value -> parts.add("pid_max " + Counts.format(value)));
        threadsMax.ifPresent(value -> parts.add("threads-max " + Counts.format(value)));
        userProcesses.ifPresent(value -> parts.add("ulimit -u " + Counts.format(value)));
        maxMapCount.ifPresent(value -> parts.add("max_map_count " + Counts.format(value)));
        threadsInUse.ifPresent(value -> parts.add(Counts.format(value) + " threads in use"));
        return parts.isEmpty() ? "no /proc to read the limits from" : String.join(", ", parts);
    }

    // readAllLines, not readString: on /proc/sys files (size 0), readString returned only the first byte ("3").
    private static OptionalLong number(Path file) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readAllLines(file).getFirst().strip()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    // "Max processes  96365  96365  processes": the soft limit, which is what ulimit -u says.
    private static OptionalLong readUserProcesses() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(line -> line.startsWith("Max processes"))
                    .map(line -> line.substring("Max processes".length()).strip().split("\\s+")[0])
                    .filter(soft -> soft.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    // /proc/loadavg's fourth field is running/total scheduling entities: every thread on the machine.
    private static OptionalLong readThreadsInUse() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/loadavg")).getFirst().strip().split("\\s+");
            return OptionalLong.of(Long.parseLong(fields[3].substring(fields[3].indexOf('/') + 1)));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
