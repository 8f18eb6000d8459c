package showcase.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Sends signals to processes, and tells whether this JVM's children can receive SIGINT at all. */
public final class Signals {

    private Signals() {
    }

    public static void send(String signal, Process process) throws IOException, InterruptedException {
        send(signal, process.pid());
    }

    public static void send(String signal, long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + exit);
        }
    }

    /**
     * A process started in the background by a non-interactive shell ignores SIGINT, its children
     * inherit that, and a JVM leaves an ignored SIGINT ignored. Linux says so in /proc; elsewhere
     * this answers empty.
     */
    public static Optional<Boolean> sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> new BigInteger(line.substring("SigIgn:".length()).strip(), 16).testBit(1))
                .findFirst();
    }
}
