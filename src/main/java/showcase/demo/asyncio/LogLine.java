package showcase.demo.asyncio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a program's log, in the shape both languages write:
 * {@code +1002ms  hello  task-2  INFO  Hello} (time since the log started, the thread or
 * coroutine, what really runs it, the level, the message).
 */
public record LogLine(long elapsedMillis, String thread, String runsOn, String level, String message) {

    private static final Pattern SHAPE =
            Pattern.compile("\\+(\\d+)ms\\s+(\\S+)\\s+(\\S+)\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s+(.*)");

    /** The line read, or empty if it is not in the log's shape (a stack trace, a JVM warning). */
    public static Optional<LogLine> parse(String line) {
        Matcher m = SHAPE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LogLine(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5)));
    }
}
