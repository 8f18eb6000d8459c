package showcase.demo.scale;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.child.ChildProcess;
import showcase.child.KeyValueLine;
import showcase.values.Counts;
import showcase.values.Durations;

/**
 * Runs one model at one N in a child JVM of its own ({@link ScaleChild}) and reads its lines into
 * a {@link ScaleRow}. The child stops itself at the timeout; should it not (a JVM stuck in a
 * collection), it is destroyed {@value #BACKSTOP_SECONDS} s later. A child that HotSpot ended for
 * a full heap reached a limit, in HotSpot's words; one that dies otherwise before its last line
 * (or never starts) is reported with its exit code and its last words, the JVM's own included.
 */
final class ChildRun {

    /** Called with each progress line: tasks started and completed so far. */
    interface Progress {
        void update(long started, long completed);
    }

    private static final Logger log = LoggerFactory.getLogger(ChildRun.class);
    private static final int BACKSTOP_SECONDS = 30;
    /** How HotSpot ends a JVM under {@code -XX:+ExitOnOutOfMemoryError} ({@link ChildJvm}): this line, then exit code 3. */
    private static final Pattern TERMINATING = Pattern.compile("Terminating due to (java\\.lang\\.OutOfMemoryError.*)");
    private static final int EXITED_ON_OUT_OF_MEMORY = 3;
    private static final Map<Integer, String> SIGNALS = Map.of(2, "SIGINT", 6, "SIGABRT", 9, "SIGKILL",
            11, "SIGSEGV", 15, "SIGTERM");

    private ChildRun() {
    }

    static ScaleRow run(ScaleChild.Settings settings, List<String> jvmFlags, Progress progress)
            throws InterruptedException {
        Map<String, KeyValueLine> lastOfKind = new ConcurrentHashMap<>();
        ChildProcess.Result result = ChildProcess.java(jvmFlags, ScaleChild.class, settings.arguments())
                .timeout(settings.timeout().plusSeconds(BACKSTOP_SECONDS))
                .onOut(line -> KeyValueLine.parse(line).ifPresent(figures -> {
                    lastOfKind.put(figures.kind(), figures);
                    if (figures.kind().equals(ScaleChild.PROGRESS)) {
                        progress.update(figures.number("started").orElse(0), figures.number("completed").orElse(0));
                    }
                }))
                .onErr(line -> log.warn("{} child: {}", settings.model(), line))
                .onStart(child -> log.info("{}: {} tasks sleeping {} ms, in child JVM {}, stopped if not done in {} "
                        + "(--timeout)", settings.model(), Counts.format(settings.tasks()), settings.sleep().toMillis(),
                        child.pid(), Durations.format(settings.timeout())))
                .run();
        var row = new RowBuilder(settings, jvmFlags, result.wall());
        KeyValueLine last = lastOfKind.get(ScaleChild.RESULT);
        if (last != null) {
            return row.from(last);
        }
        KeyValueLine lastProgress = lastOfKind.getOrDefault(ScaleChild.PROGRESS, KeyValueLine.of("none"));
        if (result.timedOut()) {
            return row.stopped(lastProgress, Status.TIMEOUT, "the child JVM did not stop itself at the timeout; "
                    + "destroyed " + BACKSTOP_SECONDS + " s later");
        }
        Optional<String> outOfMemory = outOfMemory(result);
        if (outOfMemory.isPresent()) {
            return row.stopped(lastProgress, Status.LIMIT, outOfMemory.get());
        }
        return row.stopped(lastProgress, Status.FAILED,
                result.ending("the child JVM " + exit(result.exitCode()) + " before reporting", 1, ChildRun::isProtocol));
    }

    private static boolean isProtocol(String line) {
        return KeyValueLine.parse(line).filter(figures -> figures.kind().equals(ScaleChild.PROGRESS)
                || figures.kind().equals(ScaleChild.RESULT)).isPresent();
    }

    // "java.lang.OutOfMemoryError: Java heap space", if that is how the child ended.
    private static Optional<String> outOfMemory(ChildProcess.Result result) {
        if (result.exitCode() != EXITED_ON_OUT_OF_MEMORY) {
            return Optional.empty();
        }
        return result.out().stream().map(TERMINATING::matcher).filter(Matcher::matches).map(matcher -> matcher.group(1))
                .findFirst();
    }

    private static String exit(int code) {
        int signal = code - 128;
        return code > 128 && SIGNALS.containsKey(signal)
                ? "was killed by " + SIGNALS.get(signal) + " (exit code " + code + ")"
                : "exited with code " + code;
    }

    private record RowBuilder(ScaleChild.Settings settings, List<String> jvmFlags, Duration processWall) {

        ScaleRow from(KeyValueLine result) {
            Function<String, OptionalLong> known = key -> {
                OptionalLong value = result.number(key);
                return value.isPresent() && value.getAsLong() >= 0 ? value : OptionalLong.empty();
            };
            var jvm = new ChildJvmFigures(jvmFlags, processWall.toMillis(), known.apply("readyMillis"),
                    known.apply("warmUpMillis"), known.apply("cpuMillis"), known.apply("collections"),
                    known.apply("collectionMillis"), known.apply("deoptimizations"),
                    result.text("mostDeoptimized").orElse(""));
            return new ScaleRow(settings.model(), settings.tasks(), settings.sleep().toMillis(),
                    Status.parse(result.text("status").orElseThrow()), result.text("reason").orElse(""),
                    result.number("started").orElse(0), result.number("completed").orElse(0),
                    known.apply("virtualThreads"), millis(known.apply("wallMicros")), millis(known.apply("forkMicros")),
                    known.apply("baselineRssBytes"), known.apply("peakRssBytes"), known.apply("peakPlatformThreads"),
                    settings.threadCap(), jvm);
        }

        ScaleRow stopped(KeyValueLine lastProgress, Status status, String reason) {
            return new ScaleRow(settings.model(), settings.tasks(), settings.sleep().toMillis(), status, reason,
                    lastProgress.number("started").orElse(0), lastProgress.number("completed").orElse(0),
                    OptionalLong.empty(), lastProgress.number("elapsedMillis"), OptionalLong.empty(), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), settings.threadCap(),
                    ChildJvmFigures.unknown(jvmFlags, processWall.toMillis()));
        }

        private static OptionalLong millis(OptionalLong micros) {
            return micros.isPresent() ? OptionalLong.of(Math.round(micros.getAsLong() / 1000.0)) : OptionalLong.empty();
        }
    }
}
