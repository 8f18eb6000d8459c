package showcase.observe.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a dump, and one sentence for every file that is not one a JDK 25 wrote. */
class ThreadDumpFilesTest {

    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertThrows(NotAThreadDump.class, () -> ThreadDumpFiles.read(file)).getMessage();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsTheJdksOwnFieldsIdsStatesKindsAndStacks() throws Exception {
        ThreadDump dump = ThreadDumpFiles.read(ContainerTreeTest.fixture("tree-virtual.json"));

        assertEquals("25.0.3+9-LTS", dump.runtimeVersion());
        ThreadDump.Container parts = dump.threadContainers().stream()
                .filter(container -> container.label().equals("world-parts")).findFirst().orElseThrow();
        assertEquals(24L, parts.owner());
        assertTrue(parts.parent().startsWith("request-1/jdk.internal.misc.ThreadFlock"), parts.parent());
        ThreadDump.DumpedThread planet = parts.threads().getFirst();
        assertEquals("fetch-planet", planet.name());
        assertEquals("virtual#25", planet.kind());
        assertEquals("TIMED_WAITING", planet.state());
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals("'" + dir.resolve("nope.json") + "' does not exist", refusal(dir.resolve("nope.json")));
    }

    @Test
    void aFolderIsNotAFile() {
        assertEquals("'" + dir + "' is a directory, not a file", refusal(dir));
    }

    @Test
    void textThatIsNotJsonSaysWhereItStopsBeingJson() throws Exception {
        String message = refusal(write("notes.txt", "threads: many\n"));

        assertTrue(message.matches("'.*notes.txt' is not JSON: .*\\(line 1, column \\d+\\)"), message);
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        assertTrue(refusal(write("empty.json", "")).endsWith("is empty, not a JSON thread dump"));
    }

    @Test
    void jsonOfAnotherKindIsNotADump() throws Exception {
        assertTrue(refusal(write("package.json", "{\"name\": \"left-pad\"}"))
                .endsWith("is JSON but not a thread dump: it has no threadDump.threadContainers"));
        assertTrue(refusal(write("list.json", "[1, 2]"))
                .endsWith("is JSON but not a thread dump: the top level holds what no JDK writes there"));
        assertTrue(refusal(write("tid.json", "{\"threadDump\": {\"threadContainers\": [{\"container\": \"<root>\", "
                + "\"threads\": [{\"tid\": \"main\"}]}]}}"))
                .endsWith("threadDump.threadContainers[0].threads[0].tid holds what no JDK writes there"));
    }

    /**
     * JDK 21's JSON gives each thread only its id, name and stack. No JDK 21 is installed where
     * this was written, so the fixture is the foreign dump with the fields 21 did not write
     * removed (state, virtual, time, waitingOn, parkBlocker, monitorsOwned) and its version set to 21.
     */
    @Test
    void aDumpFromAnOlderJdkSaysWhichAndWhatToDoInstead() {
        String message = refusal(ContainerTreeTest.fixture("jdk21-shape.json"));

        assertTrue(message.endsWith("is a thread dump from Java 21.0.5+11-LTS, whose JSON has no thread states: draw "
                + "one taken by a JDK 25 (jcmd PID Thread.dump_to_file -format=json FILE)"), message);
    }
}
