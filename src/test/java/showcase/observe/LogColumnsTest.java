package showcase.observe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The text log's columns, through {@link ConsoleLog}'s own configuration of a context of the
 * test's: in line for the showcase's thread names and the first 100 s, and never closer than two
 * spaces, however late the line or long the name.
 */
class LogColumnsTest {

    private final LoggerContext context = new LoggerContext();
    private Encoder<ILoggingEvent> encoder;

    @BeforeEach
    void configure() {
        new ConsoleLog().configure(context);
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender(ConsoleLog.APPENDER);
        encoder = console.getEncoder();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String line(long elapsedMillis, String thread) {
        var event = new LoggingEvent(LogColumnsTest.class.getName(), context.getLogger(LogColumnsTest.class), Level.INFO,
                "Hello", null, null);
        event.setTimeStamp(context.getBirthTime() + elapsedMillis);
        event.setThreadName(thread);
        return new String(encoder.encode(event), StandardCharsets.UTF_8).stripTrailing();
    }

    /** Where the thread's name, its kind and the level start. */
    private static List<Integer> columns(String line, String thread) {
        return List.of(line.indexOf(" " + thread + " ") + 1, line.indexOf("platform#"), line.indexOf("INFO"));
    }

    @Test
    void columnsStayInLineForTheShowcasesThreadNamesAndTheFirstHundredSeconds() {
        List<Integer> first = columns(line(3, "main"), "main");

        assertAll(List.of("main", "heartbeat", "request-123", "fetch-planet", "fetch-greeting").stream()
                .flatMap(thread -> List.of(3L, 1_003L, 12_092L, 99_999L).stream().map(elapsed -> () -> {
                    String line = line(elapsed, thread);
                    assertEquals(first, columns(line, thread), line);
                })));
    }

    @Test
    void aLaterLineOrALongerNameStillLeavesTwoSpacesBetweenColumns() {
        String hours = line(5 * 3_600_000L, "a-thread-named-at-length");

        assertTrue(hours.matches("\\+18000000ms {2}a-thread-named-at-length {2}platform#\\d+ +INFO  Hello"), hours);
    }
}
