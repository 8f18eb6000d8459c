package showcase.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the README's output blocks: every fenced block without a language tag is a command's
 * output and must sit right under a {@code <!-- check: COMMAND ... -->} directive; blocks with a
 * tag ({@code java}, {@code sh}) are code and are left alone. A directive whose command is
 * {@code $} checks a block of {@code $ COMMAND} lines, each followed by what it prints.
 */
final class Readme {

    private static final String OPEN = "<!-- check:";
    private static final String CLOSE = "-->";

    private Readme() {
    }

    static List<ReadmeCheck> checks(Path readme) throws IOException {
        return checks(Files.readAllLines(readme));
    }

    static List<ReadmeCheck> checks(List<String> lines) {
        List<ReadmeCheck> checks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String directive = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(OPEN)) {
                StringBuilder text = new StringBuilder(line.substring(OPEN.length()));
                while (!text.toString().contains(CLOSE)) {
                    text.append('\n').append(lines.get(++i));
                }
                directive = text.substring(0, text.indexOf(CLOSE));
            } else if (line.startsWith("```")) {
                int opening = i + 1;
                boolean output = line.strip().equals("```");
                List<String> block = new ArrayList<>();
                while (!lines.get(++i).startsWith("```")) {
                    block.add(lines.get(i));
                }
                if (output && directive == null) {
                    missing.add("line " + opening);
                } else if (output) {
                    checks.addAll(ReadmeCheck.parseAll(opening, directive, block));
                }
                directive = null;
            } else if (!line.isBlank()) {
                directive = null;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("README output blocks without a <!-- check: ... --> directive above them: "
                    + missing);
        }
        return checks;
    }
}
