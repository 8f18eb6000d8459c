package showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import showcase.testing.ScriptRun;

/**
 * The layers read one way: the command line uses the demos, never the other way round, and the
 * values both use (counts, durations, ids, the bad-input exception) sit below them and use neither.
 */
class LayersTest {

    private static final Path SOURCES = ScriptRun.PROJECT.resolve("src/main/java/showcase");

    @Test
    void nothingBelowTheCommandLineImportsIt() throws IOException {
        assertEquals(List.of(), importing("showcase.cli.", path -> !path.startsWith(SOURCES.resolve("cli"))
                && !path.equals(SOURCES.resolve("Main.java"))));
    }

    @Test
    void theValuesUseNothingElseOfTheShowcase() throws IOException {
        assertEquals(List.of(), importing("showcase.", path -> path.startsWith(SOURCES.resolve("values")))
                .stream().filter(line -> !line.contains("import showcase.values.")).toList());
    }

    /** Each import of {@code prefix} in the sources {@code where} picks, as {@code File.java: import ...}. */
    private static List<String> importing(String prefix, Predicate<Path> where) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).filter(where)
                    .flatMap(path -> lines(path).filter(line -> line.startsWith("import " + prefix))
                            .map(line -> SOURCES.relativize(path) + ": " + line))
                    .sorted().toList();
        }
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
