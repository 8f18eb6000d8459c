package showcase.child;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A program run as a process of its own: a Java class in a fresh JVM (the same JDK, the same
 * {@code --enable-preview}, the same class path) so that its memory and threads are its own, or
 * any other command (python3). Its output is read line by line by two subtasks of a
 * {@code StructuredTaskScope}, and the process is never left behind: a timeout, an interrupt
 * (Ctrl-C) or a failure of ours destroys it and its descendants before {@link #run()} returns.
 */
public final class ChildProcess {

    /** How a run ended and what it printed; {@code timedOut} means we stopped it. */
    public record Result(int exitCode, List<String> out, List<String> err, Duration wall, boolean timedOut) {

        /** Lines of the java launcher's and HotSpot's that say only that the JVM failed, never why. */
        private static final Set<String> SAY_NOTHING = Set.of("Error: Could not create the Java Virtual Machine.",
                "Error: A fatal exception has occurred. Program will exit.", "Error occurred during initialization of VM");
        private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ ).*");
        /** The bare {@code #} lines that frame HotSpot's crash banner. */
        private static final Pattern BANNER_RULE = Pattern.compile("#\\s*");

        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** The child's last words: its last telling lines on stderr (at most {@code count}), joined by " / ". */
        public String lastWords(int count) {
            return lastWords(count, line -> true);
        }

        /**
         * The child's last words, its lines on stdout that are not {@code programOutput} first: a JVM
         * says there why it could not start ("Too small maximum heap") or why it ended itself
         * ({@code -XX:+ExitOnOutOfMemoryError}). Blank lines, stack frames and the lines that say only
         * that the JVM failed are passed over, so what is left says why.
         */
        public String lastWords(int count, Predicate<String> programOutput) {
            List<String> telling = Stream.concat(out.stream().filter(programOutput.negate()), err.stream())
                    .filter(line -> !line.isBlank() && !SAY_NOTHING.contains(line.strip())
                            && !STACK_FRAME.matcher(line).matches() && !BANNER_RULE.matcher(line).matches())
                    .toList();
            return String.join(" / ", telling.subList(Math.max(0, telling.size() - count), telling.size()));
        }

        /** {@code sentence}, then a colon and the child's {@link #lastWords(int, Predicate) last words} if it left any. */
        public String ending(String sentence, int count, Predicate<String> programOutput) {
            String words = lastWords(count, programOutput);
            return words.isEmpty() ? sentence : sentence + ": " + words;
        }
    }

    /** What {@code exitValue()} gives for a process that died of SIGINT (128 + 2), as the shell says it. */
    private static final int KILLED_BY_SIGINT = 130;
    private static final java.io.File NO_INPUT = new java.io.File("/dev/null");

    private final List<String> command;
    private Duration timeout = Duration.ofMinutes(10);
    private Consumer<String> onOut = line -> { };
    private Consumer<String> onErr = line -> { };
    private Consumer<ProcessHandle> onStart = process -> { };

    private ChildProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Any command, e.g. {@code python3 hello.py}. */
    public static ChildProcess of(List<String> command) {
        return new ChildProcess(command);
    }

    /**
     * {@code main} in a new JVM like this one: the same java, class path and preview flag, plus
     * {@code jvmFlags} (heap, GC, system properties) before the class and {@code args} after it.
     * The child ends itself if this JVM dies without destroying it ({@link ExitWithParent}).
     */
    public static ChildProcess java(List<String> jvmFlags, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-preview");
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExitWithParent.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(main.getName());
        command.addAll(args);
        return new ChildProcess(command);
    }

    public ChildProcess timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Called with each line of stdout as it comes (progress), besides keeping it in the result. */
    public ChildProcess onOut(Consumer<String> onOut) {
        this.onOut = onOut;
        return this;
    }

    /** Called with each line of stderr as it comes, e.g. to pass the child's log on. */
    public ChildProcess onErr(Consumer<String> onErr) {
        this.onErr = onErr;
        return this;
    }

    /** Called once the process has started, e.g. to log its pid. */
    public ChildProcess onStart(Consumer<ProcessHandle> onStart) {
        this.onStart = onStart;
        return this;
    }

    public List<String> command() {
        return command;
    }

    /**
     * Runs the process to its end, or until the timeout, when it is destroyed.
     *
     * @throws UncheckedIOException if it cannot be started (no such program)
     * @throws InterruptedException if interrupted, or if the child itself died of SIGINT: Ctrl-C on a
     *         terminal reaches every process of the group, and the child may hear it first; either
     *         way the process is gone before this returns
     */
    public Result run() throws InterruptedException {
        Process process;
        try {
            // No input: a child that reads stdin gets end-of-file instead of waiting on ours.
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(NO_INPUT)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.getFirst() + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        Queue<String> out = new ConcurrentLinkedQueue<>();
        Queue<String> err = new ConcurrentLinkedQueue<>();
        boolean exited = false;
        try (var scope = StructuredTaskScope.open(Joiner.<Void>allSuccessfulOrThrow())) {
            onStart.accept(process.toHandle());
            scope.fork(() -> pump(process.getInputStream(), out, onOut));
            scope.fork(() -> pump(process.getErrorStream(), err, onErr));
            try {
                exited = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                if (!exited) {
                    destroy(process);
                }
            }
            // The pipes close when the process ends, so the readers end too.
            scope.join();
        } catch (StructuredTaskScope.FailedException e) {
            // A reader's callback failed; the other reader kept draining its pipe, so the child was not held up.
            throw e.getCause() instanceof RuntimeException callback ? callback : e;
        } finally {
            if (process.isAlive()) {
                destroy(process);
            }
        }
        if (exited && process.exitValue() == KILLED_BY_SIGINT) {
            throw new InterruptedException(command.getFirst() + " was interrupted (Ctrl-C)");
        }
        return new Result(process.exitValue(), List.copyOf(out), List.copyOf(err),
                Duration.ofNanos(System.nanoTime() - start), !exited);
    }

    /** Reads every line to the end of the pipe; a callback that fails is reported once the pipe is drained. */
    private static Void pump(InputStream stream, Queue<String> lines, Consumer<String> onLine) throws IOException {
        RuntimeException failed = null;
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                if (failed == null) {
                    try {
                        onLine.accept(line);
                    } catch (RuntimeException e) {
                        failed = e;
                    }
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return null;
    }

    // SIGKILL: the child has nothing to save, and it must be gone before we return, even if interrupted again.
    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        boolean interrupted = false;
        while (process.isAlive()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
