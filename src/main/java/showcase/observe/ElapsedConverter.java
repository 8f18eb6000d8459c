package showcase.observe;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;

/** {@code %elapsed}: milliseconds since logging started, as {@code +1003ms}, so two lines' gap reads directly. */
public final class ElapsedConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return "+" + millis(event, getContext()) + "ms";
    }

    static long millis(ILoggingEvent event, Context context) {
        return event.getTimeStamp() - context.getBirthTime();
    }
}
