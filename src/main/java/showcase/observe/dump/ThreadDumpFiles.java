package showcase.observe.dump;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a JSON thread dump of this process, and reads one from a file, with Jackson. Only the
 * {@code tree} demo comes here, so Jackson is never loaded on hello's path.
 */
public final class ThreadDumpFiles {

    /** The document's outer object: {@code {"threadDump": {...}}}. */
    private record Document(ThreadDump threadDump) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The least a JDK 25 writes: reading it builds every deserializer a real dump needs. */
    private static final byte[] SMALLEST_DUMP = ("{\"threadDump\": {\"threadContainers\": [{\"container\": \"<root>\", "
            + "\"owner\": null, \"threads\": [{\"tid\": \"1\", \"name\": \"main\", \"state\": \"RUNNABLE\", "
            + "\"stack\": [\"A.b(A.java:1)\"]}]}]}}").getBytes(StandardCharsets.UTF_8);

    private ThreadDumpFiles() {
    }

    /**
     * Starts loading Jackson and building the reader on a thread of its own, and returns that
     * thread. Cold, this takes a few hundred milliseconds, more than taking the dump; started
     * first, it overlaps with the work before the dump, on another core.
     */
    public static Thread prepareInBackground() {
        return Thread.ofPlatform().name("dump-reader-warm-up").daemon().start(() -> {
            try {
                JSON.readValue(SMALLEST_DUMP, Document.class);
            } catch (JacksonException e) {
                throw new IllegalStateException("the smallest dump does not read", e);
            }
        });
    }

    /** Dumps every thread of this process into {@code file}, replacing what is there, and reads the dump back. */
    public static ThreadDump dumpThisProcess(Path file) throws IOException, NotAThreadDump {
        // The JDK refuses to overwrite a file.
        Files.deleteIfExists(file);
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
        return read(file);
    }

    /** Dumps every thread of this process into a folder of its own, reads the dump back, and removes both. */
    public static ThreadDump dumpThisProcess() throws IOException, NotAThreadDump {
        Path folder = Files.createTempDirectory("thread-dump");
        Path file = folder.resolve("threads.json");
        try {
            return dumpThisProcess(file);
        } finally {
            Files.deleteIfExists(file);
            Files.delete(folder);
        }
    }

    /** Reads a dump written by a JDK 25, or says in one sentence why the file is not one. */
    public static ThreadDump read(Path file) throws NotAThreadDump {
        return read(file, "'" + file + "'");
    }

    /** As {@link #read(Path)}, the sentence calling the file {@code name}. */
    static ThreadDump read(Path file, String name) throws NotAThreadDump {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotAThreadDump(name + " does not exist");
        } catch (IOException e) {
            throw new NotAThreadDump(name + (Files.isDirectory(file) ? " is a directory, not a file"
                    : " cannot be read: " + e.getMessage()));
        }
        if (bytes.length == 0) {
            throw new NotAThreadDump(name + " is empty, not a JSON thread dump");
        }
        Document document;
        try {
            document = JSON.readValue(bytes, Document.class);
        } catch (StreamReadException e) {
            throw new NotAThreadDump(name + " is not JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (DatabindException e) {
            throw new NotAThreadDump(name + " is JSON but not a thread dump: " + at(e.getPath())
                    + " holds what no JDK writes there");
        }
        ThreadDump dump = document == null ? null : document.threadDump();
        if (dump == null || dump.threadContainers().isEmpty()) {
            throw new NotAThreadDump(name + " is JSON but not a thread dump: it has no threadDump.threadContainers");
        }
        checkShape(name, dump);
        return dump;
    }

    // JDK 21's JSON (the first with thread containers) gives each thread its id, name and stack only.
    private static void checkShape(String name, ThreadDump dump) throws NotAThreadDump {
        boolean statesGiven = dump.threads().allMatch(thread -> thread.state() != null);
        if (!statesGiven) {
            throw new NotAThreadDump(name + " is a thread dump from Java " + dump.runtimeVersion()
                    + ", whose JSON has no thread states: draw one taken by a JDK 25 (jcmd PID Thread.dump_to_file"
                    + " -format=json FILE)");
        }
        if (dump.threadContainers().stream().anyMatch(container -> container.container() == null)) {
            throw new NotAThreadDump(name + " is JSON but not a thread dump: a thread container has no name");
        }
    }

    // [threadDump, threadContainers, 0, tid] -> "threadDump.threadContainers[0].tid"
    private static String at(List<JacksonException.Reference> path) {
        if (path.isEmpty()) {
            return "the top level";
        }
        StringBuilder at = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                at.append(at.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else {
                at.append('[').append(step.getIndex()).append(']');
            }
        }
        return at.toString();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
