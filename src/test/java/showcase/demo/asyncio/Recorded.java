package showcase.demo.asyncio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import showcase.child.ChildProcess;

/**
 * Output recorded from real runs of both sides (Python 3.11.7, Java 25.0.3, hello 100 ms, world
 * 200 ms): what {@code python3 src/asyncio/gather_failure.py} and {@code JavaPeer gather-failure}
 * printed on stdout and stderr, and likewise for gather ({@code hello.py}) and taskgroup-failure,
 * kept under {@code src/test/resources}.
 */
final class Recorded {

    /** The whole-process time the recordings are given, since the parent's clock was not recorded. */
    static final Duration PROCESS = Duration.ofMillis(300);

    private Recorded() {
    }

    /** @param side {@code python} or {@code java} */
    static ChildProcess.Result result(String caseId, String side) {
        return new ChildProcess.Result(0, lines(caseId + "." + side + ".out"), lines(caseId + "." + side + ".err"),
                PROCESS, false);
    }

    static ProgramRun run(String caseId, String side) throws ProgramRun.Failed {
        return ProgramRun.read(result(caseId, side));
    }

    private static List<String> lines(String name) {
        try (InputStream in = Recorded.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
