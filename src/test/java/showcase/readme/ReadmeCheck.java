package showcase.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One output block of the README and the directive above it that says how to reproduce it: the
 * command, which stream it shows, how its numbers may vary, the exit code, and a signal to send.
 *
 * @param line the README line of the block's opening fence, for messages
 */
record ReadmeCheck(int line, List<String> command, Optional<String> stream, Numbers numbers, int exitCode,
        Optional<Signal> signal, List<String> expected) {

    /** How the numbers of the block may differ from a new run's. */
    sealed interface Numbers {
        /** Every number as shown. */
        record Exact() implements Numbers {
        }

        /** Numbers with a unit (ms, s, MB, ...) within max(abs, rel × the README's value); others exact. */
        record Band(double abs, double rel) implements Numbers {
        }

        /** Any number where the README shows one: for runs that cannot be repeated in a test. */
        record Shape() implements Numbers {
        }
    }

    /** Send {@code name} (INT, TERM) once a line of stderr contains {@code after}. */
    record Signal(String name, String after) {
    }

    /** The block's check, or one per {@code $ COMMAND} line when the directive's command is {@code $}. */
    static List<ReadmeCheck> parseAll(int line, String directive, List<String> block) {
        ReadmeCheck shared = parse(line, directive, block);
        if (!shared.command().equals(List.of("$"))) {
            return List.of(shared);
        }
        List<ReadmeCheck> checks = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            if (!block.get(i).startsWith("$ ")) {
                throw new IllegalArgumentException("README line " + (line + 1 + i) + ": expected a '$ COMMAND' line");
            }
            int commandLine = i;
            List<String> expected = new ArrayList<>();
            while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
                expected.add(block.get(++i));
            }
            checks.add(new ReadmeCheck(line + 1 + commandLine, words(block.get(commandLine).substring(2)), shared.stream(),
                    shared.numbers(), shared.exitCode(), shared.signal(), expected));
        }
        return checks;
    }

    static ReadmeCheck parse(int line, String directive, List<String> expected) {
        List<String> lines = directive.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> command = words(lines.getFirst());
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (String option : lines.subList(1, lines.size())) {
            int colon = option.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("README line " + line + ": '" + option + "' is not 'key: value'");
            }
            options.put(option.substring(0, colon).strip(), option.substring(colon + 1).strip());
        }
        ReadmeCheck check = new ReadmeCheck(line, command,
                Optional.ofNullable(options.remove("stream")),
                numbers(line, options.remove("numbers")),
                Integer.parseInt(options.getOrDefault("exit", "0")),
                Optional.ofNullable(options.remove("signal")).map(text -> signal(line, text)),
                expected);
        options.remove("exit");
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("README line " + line + ": unknown check options " + options.keySet());
        }
        if (check.stream.isPresent() && !List.of("stdout", "stderr").contains(check.stream.get())) {
            throw new IllegalArgumentException("README line " + line + ": stream must be stdout or stderr");
        }
        return check;
    }

    private static Numbers numbers(int line, String text) {
        if (text == null || text.equals("exact")) {
            return new Numbers.Exact();
        }
        if (text.equals("shape")) {
            return new Numbers.Shape();
        }
        var band = java.util.regex.Pattern.compile("band\\s+(\\d+(?:\\.\\d+)?)\\s*(?:ms)?(?:\\s+(\\d+(?:\\.\\d+)?)%)?")
                .matcher(text);
        if (!band.matches()) {
            throw new IllegalArgumentException("README line " + line + ": numbers must be exact, shape or 'band ABS [REL%]'");
        }
        return new Numbers.Band(Double.parseDouble(band.group(1)),
                band.group(2) == null ? 0 : Double.parseDouble(band.group(2)) / 100);
    }

    private static Signal signal(int line, String text) {
        var signal = java.util.regex.Pattern.compile("(INT|TERM) after \"(.+)\"").matcher(text);
        if (!signal.matches()) {
            throw new IllegalArgumentException("README line " + line + ": signal must read 'INT after \"text\"'");
        }
        return new Signal(signal.group(1), signal.group(2));
    }

    /** Splits a command line at spaces, keeping what single or double quotes hold together. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        return "README line " + line + ": " + String.join(" ", command);
    }
}
