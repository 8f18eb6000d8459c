package showcase.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The log's configuration, in code rather than in a logback.xml: Logback finds it through the
 * service loader before it looks for XML. The line reads
 * {@code +1003ms   hello           virtual#34    INFO  [request-1] Hello}: time since start, the
 * thread's name, what the thread really is, the level, the request id where one is bound, the message.
 * Reading XML cost start-up ~40 ms: Joran reads its own annotations through dynamic proxies,
 * which the AOT cache cannot keep.
 */
public final class ConsoleLog extends ContextAwareBase implements Configurator {

    /** The appender's name, for whoever switches its format ({@link LogFormat}). */
    public static final String APPENDER = "CONSOLE";
    /**
     * Columns stay in line for the first 100 s and for the showcase's own thread names (fetch-greeting,
     * request-123) and ids; a longer time or name still leaves two spaces before the next column.
     * No stack traces ({@code %nopex}), not even from a library that logs one with its warning
     * (HikariCP does, evicting a broken connection): the message says what happened.
     */
    static final String PATTERN = "%-8elapsed  %-14thread  %-12threadkind  %-5level %requestId%msg%n%nopex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        converters(context).putAll(Map.of(
                "elapsed", ElapsedConverter::new,
                "threadkind", ThreadKindConverter::new,
                "requestId", RequestIdConverter::new));

        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        // stderr: stdout carries the reports, so that a JSON report can be piped.
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    @SuppressWarnings("unchecked") // the context keeps this registry as an Object, under Logback's own key
    private static Map<String, Supplier<DynamicConverter<?>>> converters(LoggerContext context) {
        Object registry = context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (registry == null) {
            registry = new HashMap<String, Supplier<DynamicConverter<?>>>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, registry);
        }
        return (Map<String, Supplier<DynamicConverter<?>>>) registry;
    }
}
