package showcase.observe.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import showcase.observe.dump.ThreadDump.DumpedThread;

/**
 * Deadlocks found in real dumps: two virtual threads of a JVM each holding the monitor the other
 * is blocked on (a fixture taken with jcmd); and none where nothing is blocked.
 */
class MonitorsTest {

    @Test
    void aCycleOfBlockedThreadsIsADeadlockFromItsLowestId() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(ContainerTreeTest.fixture("deadlock.json"));
        Monitors monitors = Monitors.of(dump);

        List<List<DumpedThread>> deadlocks = monitors.deadlocks();

        assertEquals(1, deadlocks.size());
        assertEquals(List.of("dl-1", "dl-2"), deadlocks.getFirst().stream().map(DumpedThread::name).toList());
        assertEquals("dl-1 (virtual#22) is blocked on java.lang.Object@6203c18d, held by dl-2 (virtual#24), which is "
                + "blocked on java.lang.Object@2f6e2a8, held by dl-1 (virtual#22)", Monitors.describe(deadlocks.getFirst()));
        assertEquals("dl-2", monitors.holder("java.lang.Object@6203c18d").orElseThrow().name());
    }

    @Test
    void threadsThatAreNotBlockedMakeNoDeadlock() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(ContainerTreeTest.fixture("foreign-executors.json"));

        assertEquals(List.of(), Monitors.of(dump).deadlocks());
    }
}
