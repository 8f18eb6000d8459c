package showcase.observe;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %threadkind}: {@code virtual#34} or {@code platform#1}, what a log line's thread really is.
 * It reads the current thread, so it is only right with a synchronous appender (the console
 * appender here); behind an {@code AsyncAppender} it would see the appender's worker.
 */
public final class ThreadKindConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Threads.describe(Thread.currentThread());
    }
}
