package showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.child.ChildProcess;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;

/** hello's start-up is measured: the libraries of other demos must not load on its path. */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class HelloStartupPathTest {


    @Test
    void helloLoadsNeitherJacksonNorTheThreadDumpReaderNorJfr() throws Exception {
        var result = ChildProcess.java(List.of("-Xlog:class+load=info"), Main.class,
                List.of("--hello-delay", "10ms", "--world-delay", "20ms")).run();

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        List<String> loaded = result.out().stream().filter(line -> line.contains("[class,load]")).toList();
        assertTrue(loaded.stream().anyMatch(line -> line.contains("showcase.demo.Hello ")), "the log names classes");
        List<String> heavy = loaded.stream()
                .filter(line -> line.contains("tools.jackson") || line.contains("showcase.observe.dump")
                        || line.contains("jdk.jfr") || line.contains("showcase.demo.tree") || line.contains("showcase.demo.pinning"))
                .toList();
        assertEquals(List.of(), heavy);
    }
}
