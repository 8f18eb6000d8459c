package showcase.demo.asyncio;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.child.ChildProcess;
import showcase.child.ProcessFigures;
import showcase.demo.CaseResult;
import showcase.demo.CaseRunner;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;
import showcase.observe.Threads;
import showcase.report.Json;
import showcase.tasks.TaskSpec;
import showcase.values.KebabCaseId;

/**
 * The Java side of one asyncio case, in a JVM of its own, so that it is measured as the Python
 * side is: a whole process that logs in the same shape and then reports its own CPU time and
 * peak RSS on its last line. It runs the case's model through {@code compare}'s
 * {@link CaseRunner}, which records every task's events.
 */
public final class JavaPeer {

    private static final Logger log = LoggerFactory.getLogger(JavaPeer.class);

    private JavaPeer() {
    }

    /** Arguments: the asyncio case's id, then hello's delay, world's delay and the deadline, in ms. */
    public static void main(String[] args) throws InterruptedException {
        AsyncioCase kase = AsyncioCase.byId(args[0]);
        Duration deadline = Duration.ofMillis(Long.parseLong(args[3]));
        ConcurrencyModel model = Models.named(kase.javaModel()).orElseThrow();
        List<TaskSpec> tasks = kase.javaCase().tasks(TaskSpec.hello(Duration.ofMillis(Long.parseLong(args[1]))),
                TaskSpec.world(Duration.ofMillis(Long.parseLong(args[2]))));

        log.info(kase.javaIdiom());
        CaseResult result = new CaseRunner(deadline, false).run(new CallLogged(model), kase.javaCase(), tasks);
        OptionalLong peakRss = ProcessFigures.peakRssBytes();

        System.out.print(Json.line(Json.object(
                "runtime", model.name(),
                "case", kase.id(),
                "idiom", kase.javaIdiom(),
                "tasks", tasks.size(),
                "outcome", result.outcome(),
                "returnedStrings", result.failure() == null && result.result() instanceof List<?> list
                        && list.stream().allMatch(String.class::isInstance) ? list : null,
                "wallMillis", millis(result.callEndNanos() - result.callStartNanos()),
                "decidedAtMillis", result.decidedAtNanos().isPresent()
                        ? millis(result.decidedAtNanos().getAsLong() - result.callStartNanos()) : null,
                "decidedBy", result.decidedBy().orElse(null),
                "events", result.events().stream().map(event -> Json.object(
                        "task", event.task(),
                        "kind", KebabCaseId.spell(event.kind().name()),
                        "atMillis", millis(event.nanos() - result.callStartNanos()),
                        "runsOn", Threads.describe(event.thread()))).toList(),
                "cpuMillis", ProcessFigures.cpuMillis(),
                "peakRssBytes", peakRss.isPresent() ? peakRss.getAsLong() : null,
                "java", Runtime.version().toString())));
        System.out.flush();
    }

    /** The child that runs {@code kase}, started with the JVM flags of this one (see {@link #launcherFlags()}). */
    static ChildProcess process(AsyncioCase kase, Duration hello, Duration world, Duration deadline) {
        return ChildProcess.java(launcherFlags(), JavaPeer.class, List.of(kase.id(),
                Long.toString(hello.toMillis()), Long.toString(world.toMillis()), Long.toString(deadline.toMillis())));
    }

    /**
     * The flags {@code scripts/showcase} started this JVM with (collector, JIT tier, AOT cache,
     * headless), so that the Java side starts as {@code scripts/showcase hello} does, and is timed
     * as a reader would time it. A flag that writes a cache is not passed on.
     */
    static List<String> launcherFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("-XX:") && !flag.startsWith("-XX:AOTCacheOutput")
                        || flag.startsWith("-Djava.awt.headless"))
                .toList();
    }

    /** Milliseconds with three decimals, as the Python side writes them. */
    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
