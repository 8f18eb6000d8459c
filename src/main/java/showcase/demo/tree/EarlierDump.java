package showcase.demo.tree;

import java.nio.file.Path;
import showcase.observe.dump.DumpDrawing;
import showcase.observe.dump.NotAThreadDump;
import showcase.observe.dump.ThreadDump;
import showcase.observe.dump.ThreadDumpFiles;
import showcase.values.UsageException;

/**
 * A dump taken earlier, of any Java 25 process ({@code jcmd PID Thread.dump_to_file -format=json}),
 * drawn whole: its containers are whatever that process had (the root, executors, pools, scopes).
 */
public final class EarlierDump {

    private EarlierDump() {
    }

    /**
     * The drawing, under a heading saying whose dump it is; collapsed unless {@code full}.
     *
     * @throws UsageException if the file is not a JSON thread dump a JDK 25 wrote
     */
    public static String draw(Path file, boolean full) {
        ThreadDump dump;
        try {
            dump = ThreadDumpFiles.read(file);
        } catch (NotAThreadDump e) {
            throw new UsageException(e.getMessage());
        }
        return DumpDrawing.of(dump, full);
    }
}
