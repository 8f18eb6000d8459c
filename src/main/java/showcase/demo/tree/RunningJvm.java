package showcase.demo.tree;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.observe.dump.CannotAttach;
import showcase.observe.dump.DumpDrawing;
import showcase.observe.dump.RunningJvms;
import showcase.observe.dump.RunningJvms.Candidate;
import showcase.observe.dump.ThreadDump;
import showcase.values.Durations;
import showcase.values.UsageException;

/**
 * Another running JVM's scopes and threads, as Python 3.14's {@code python -m asyncio pstree PID}
 * shows a process's tasks: the JDK has known the tree since 21 and writes it in its JSON thread
 * dump, so no code needs to be in the target. Once, or redrawn on a terminal every interval.
 */
public final class RunningJvm {

    private static final Logger log = LoggerFactory.getLogger(RunningJvm.class);
    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    private RunningJvm() {
    }

    /** The JVMs that {@code --pid} can draw, as {@code jcmd -l} lists them. */
    public static String candidates() {
        StringBuilder text = new StringBuilder("JVMs of this user (draw one with tree --pid PID):")
                .append(System.lineSeparator());
        long me = ProcessHandle.current().pid();
        for (Candidate candidate : RunningJvms.list()) {
            String name = candidate.displayName().isBlank() ? "(no main class given)" : candidate.displayName();
            text.append(String.format("%8d  %s%s%n", candidate.pid(), name, candidate.pid() == me ? "  (this one)" : ""));
        }
        return text.toString();
    }

    /**
     * The dump of process {@code pid}, drawn.
     *
     * @throws UsageException when it cannot be dumped: gone, not a JVM, another user's, or of an older Java
     */
    public static String draw(long pid, boolean full) throws InterruptedException {
        long started = System.nanoTime();
        ThreadDump dump = dump(pid);
        long dumped = System.nanoTime();
        String drawing = DumpDrawing.of(dump, full);
        log.info("dump of {} threads taken through jcmd and read in {} ms, drawn in {} ms", dump.threadCount(),
                (dumped - started) / 1_000_000, (System.nanoTime() - dumped) / 1_000_000);
        return drawing;
    }

    /** Redraws the tree every {@code interval} until interrupted (Ctrl-C) or the target is gone. */
    public static void watch(long pid, boolean full, Duration interval, PrintStream out) throws InterruptedException {
        while (true) {
            long started = System.nanoTime();
            ThreadDump dump = dump(pid);
            out.print(CLEAR_SCREEN + DumpDrawing.of(dump, full) + System.lineSeparator() + "drawn at "
                    + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " in " + (System.nanoTime() - started) / 1_000_000
                    + " ms; again every " + Durations.format(interval) + ", until Ctrl-C" + System.lineSeparator());
            out.flush();
            Thread.sleep(interval);
        }
    }

    private static ThreadDump dump(long pid) throws InterruptedException {
        try {
            return RunningJvms.dump(pid);
        } catch (CannotAttach e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a folder for the dump: " + e.getMessage(), e);
        }
    }
}
