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


    /** The other demos and their libraries: none of them may cost the default hello a class. */
    private static final List<String> HEAVY = List.of("tools.jackson.", "org.eclipse.jetty.", "org.HdrHistogram.",
            "me.tongfei.", "org.jline.", "org.jfree.", "jdk.jfr.", "showcase.observe.dump.", "showcase.demo.tree.",
            "showcase.demo.pinning.", "showcase.demo.scale.", "showcase.demo.asyncio.", "showcase.server.");

    @Test
    void helloLoadsNoOtherDemoAndNoneOfTheirLibraries() throws Exception {
        var result = ChildProcess.java(List.of("-Xlog:class+load=info"), Main.class,
                List.of("--hello-delay", "10ms", "--world-delay", "20ms")).run();

        assertEquals(0, result.exitCode(), String.join("\n", result.err()));
        List<String> loaded = result.out().stream().filter(line -> line.contains("[class,load]")).toList();
        assertTrue(loaded.stream().anyMatch(line -> line.contains("showcase.demo.Hello ")), "the log names classes");
        List<String> heavy = loaded.stream()
                .filter(line -> HEAVY.stream().anyMatch(prefix -> line.contains(" " + prefix)))
                .toList();
        assertEquals(List.of(), heavy);
    }
}
