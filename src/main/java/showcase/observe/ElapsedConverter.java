package showcase.observe;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %elapsed}: milliseconds since logging started, as {@code +1003ms}, so two lines' gap reads directly. */
public final class ElapsedConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return "+" + (event.getTimeStamp() - getContext().getBirthTime()) + "ms";
    }
}
