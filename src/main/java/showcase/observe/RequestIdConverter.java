package showcase.observe;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %requestId}: {@code [request-1] } on a line logged by a thread that sees a bound
 * {@link RequestId#CURRENT}, nothing otherwise. It reads the {@code ScopedValue} itself rather than
 * an MDC copied from thread to thread, so it sees exactly what the code that logged sees; like
 * {@code %threadkind} it needs a synchronous appender.
 */
public final class RequestIdConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return RequestId.CURRENT.isBound() ? "[" + RequestId.CURRENT.get() + "] " : "";
    }
}
