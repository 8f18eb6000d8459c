package showcase.observe;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import showcase.report.Json;

/**
 * The log as JSON Lines, for programs: one object per event with the text line's fields, the
 * thread's kind and id among them, and {@code requestId} where one is bound. Like
 * {@code %threadkind} it reads the current thread, so it belongs behind a synchronous appender.
 */
final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private final Encoder<ILoggingEvent> replaced;

    JsonLineEncoder(Encoder<ILoggingEvent> replaced) {
        this.replaced = replaced;
    }

    /** The encoder this one stands in for, to go back to. */
    Encoder<ILoggingEvent> replaced() {
        return replaced;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        Thread thread = Thread.currentThread();
        Map<String, Object> line = Json.object(
                "elapsedMs", ElapsedConverter.millis(event, getContext()),
                "thread", event.getThreadName(),
                "virtual", thread.isVirtual(),
                "threadId", thread.threadId());
        if (RequestId.CURRENT.isBound()) {
            line.put("requestId", RequestId.CURRENT.get());
        }
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("message", event.getFormattedMessage());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.put("exception", thrown.getClassName() + ": " + thrown.getMessage());
        }
        return Json.line(line).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
