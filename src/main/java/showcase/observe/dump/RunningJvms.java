package showcase.observe.dump;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The other JVMs of this machine, found with the Attach API and dumped by the JDK's own
 * {@code jcmd PID Thread.dump_to_file -format=json}: the target runs its own dumper on its Attach
 * Listener thread, and nothing is loaded into it.
 */
public final class RunningJvms {

    /** A JVM the Attach API lists: what {@code jcmd -l} prints, the pid and the main class with its arguments. */
    public record Candidate(long pid, String displayName) {
    }

    private RunningJvms() {
    }

    /** The JVMs of this user that can be attached to, by pid; this one included. */
    public static List<Candidate> list() {
        return VirtualMachine.list().stream().map(RunningJvms::candidate).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Candidate::pid)).toList();
    }

    private static Optional<Candidate> candidate(VirtualMachineDescriptor descriptor) {
        try {
            return Optional.of(new Candidate(Long.parseLong(descriptor.id()), descriptor.displayName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Dumps the threads of the JVM {@code pid} into a folder of its own, reads the dump, and removes both.
     *
     * @throws CannotAttach when that process is gone, is not a JVM this user may attach to, or its
     *                      Java writes no JSON dump with thread states (before 25)
     */
    public static ThreadDump dump(long pid) throws CannotAttach, InterruptedException, IOException {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new CannotAttach("no process " + pid
                + " is running: it has ended, or never was"));
        checkAttachable(process);
        ThreadDumpFiles.prepareInBackground();
        Path folder = Files.createTempDirectory("thread-dump");
        Path file = folder.resolve("threads.json");
        try {
            dumpInto(pid, file);
            return ThreadDumpFiles.read(file, "the dump of process " + pid);
        } catch (NotAThreadDump e) {
            throw new CannotAttach(e.getMessage());
        } finally {
            Files.deleteIfExists(file);
            Files.delete(folder);
        }
    }

    private static void dumpInto(long pid, Path file) throws CannotAttach, InterruptedException {
        try {
            Jcmd.run(pid, "Thread.dump_to_file", "-format=json", file.toString());
        } catch (CannotAttach e) {
            if (!e.getMessage().contains(Jcmd.UNKNOWN_COMMAND)) {
                throw e;
            }
            throw new CannotAttach("process " + pid + " runs Java " + version(pid) + ", which has no "
                    + "Thread.dump_to_file: the JSON thread dump came with Java 21, and its thread states with 25");
        }
    }

    private static String version(long pid) throws InterruptedException, CannotAttach {
        List<String> lines = Jcmd.run(pid, "VM.version");
        return lines.stream().filter(line -> line.startsWith("JDK ")).findFirst().map(line -> line.substring(4))
                .orElse("of a release it did not name");
    }

    private static void checkAttachable(ProcessHandle process) throws CannotAttach {
        long pid = process.pid();
        if (list().stream().anyMatch(candidate -> candidate.pid() == pid) || mapsTheJvm(pid)) {
            return;
        }
        String me = System.getProperty("user.name");
        Optional<String> user = process.info().user();
        if (user.isPresent() && !user.get().equals(me)) {
            throw new CannotAttach("process " + pid + " is " + user.get() + "'s, not " + me
                    + "'s: the JDK attaches only to a JVM of the same user");
        }
        String command = process.info().command().orElse("a program this user cannot see");
        throw new CannotAttach("process " + pid + " is not a JVM: it runs " + command);
    }

    // A JVM started with -XX:-UsePerfData is not listed, but still answers jcmd; Linux shows its libjvm.
    private static boolean mapsTheJvm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "maps"), StandardCharsets.ISO_8859_1)
                    .contains("/libjvm.");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
