package showcase.observe;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.slf4j.LoggerFactory;

/**
 * How the console log is written: {@link ConsoleLog}'s aligned text line for people, or JSON Lines for
 * programs ({@code --log-format json}). The switch happens before a demo starts, while nothing logs.
 */
public enum LogFormat {
    TEXT, JSON;

    public void use() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (!(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLog.APPENDER)
                instanceof OutputStreamAppender<ILoggingEvent> console)) {
            throw new IllegalStateException("the log has no " + ConsoleLog.APPENDER + " appender to format");
        }
        Encoder<ILoggingEvent> current = console.getEncoder();
        if (this == JSON && !(current instanceof JsonLineEncoder)) {
            var json = new JsonLineEncoder(current);
            json.setContext(context);
            json.start();
            console.setEncoder(json);
        } else if (this == TEXT && current instanceof JsonLineEncoder json) {
            console.setEncoder(json.replaced());
        }
    }
}
