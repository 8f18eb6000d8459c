package showcase.demo.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import showcase.testing.NoProcessLeftBehind;
import showcase.testing.NoThreadLeftBehind;
import showcase.values.UsageException;

/** Finding python3: none on the PATH, one too old, one that does not run: each one line saying what to install. */
@ExtendWith({NoThreadLeftBehind.class, NoProcessLeftBehind.class})
class PythonTest {

    @TempDir
    Path bin;


    @Test
    void aPathWithoutPython3SaysWhatToInstall() {
        UsageException missing = assertThrows(UsageException.class, () -> Python.find(bin.toString()));

        assertEquals("asyncio runs Python's side with python3, which is not on PATH; install Python 3.11 or later "
                + "(python.org, or your package manager's python3)", missing.getMessage());
    }

    @Test
    void aPython3OlderThan311SaysWhichItIsAndWhatToInstall() throws Exception {
        fakePython3("echo /usr/bin/python3.9; echo 3.9.2");

        UsageException old = assertThrows(UsageException.class, () -> Python.find("/nonexistent:" + bin));

        assertEquals("asyncio needs Python 3.11 or later (asyncio.TaskGroup, asyncio.timeout), but " + bin.resolve("python3")
                + " is 3.9.2; install Python 3.11 or later (python.org, or your package manager's python3)", old.getMessage());
    }

    @Test
    void aPython3ThatDoesNotRunSaysWhatItSaid() throws Exception {
        fakePython3("echo \"pyenv: python3: command not found\" >&2; exit 127");

        UsageException broken = assertThrows(UsageException.class, () -> Python.find(bin.toString()));

        assertTrue(broken.getMessage().contains("(pyenv: python3: command not found)"), broken.getMessage());
        assertTrue(broken.getMessage().endsWith("install Python 3.11 or later (python.org, or your package manager's python3)"),
                broken.getMessage());
    }

    @Test
    void aRecentPython3IsRunByItsRealInterpreterNotAShim() throws Exception {
        fakePython3("echo /opt/python3.13/bin/python3.13; echo 3.13.1");

        Python python = Python.find(bin.toString());

        assertEquals(new Python(Path.of("/opt/python3.13/bin/python3.13"), "3.13.1"), python);
        assertEquals(List.of("/opt/python3.13/bin/python3.13", "-B", "/src/hello.py", "--hello-ms", "5"),
                python.command(Path.of("/src/hello.py"), "--hello-ms", "5"));
    }

    @Test
    void python311ItselfIsRecentEnough() throws Exception {
        fakePython3("echo /usr/bin/python3.11; echo 3.11.0");

        assertEquals(new Python(Path.of("/usr/bin/python3.11"), "3.11.0"), Python.find(bin.toString()));
    }

    private void fakePython3(String body) throws IOException {
        Path python3 = bin.resolve("python3");
        Files.writeString(python3, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(python3, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
