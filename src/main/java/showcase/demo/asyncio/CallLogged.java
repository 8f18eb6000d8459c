package showcase.demo.asyncio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import showcase.demo.CaseResult;
import showcase.model.ConcurrencyModel;

/**
 * A model whose every call logs, the moment it returns or throws, what it returned or threw: the
 * Java side's counterpart of the line Python's harness logs when its call ends, so that both
 * logs mark the end of the call on their own clock rather than after the bookkeeping that follows.
 */
record CallLogged(ConcurrencyModel model) implements ConcurrencyModel {

    private static final Logger log = LoggerFactory.getLogger(CallLogged.class);

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return logged(() -> model.all(tasks));
    }

    @Override
    public <T> T any(List<Callable<T>> tasks) throws Exception {
        return logged(() -> model.any(tasks));
    }

    @Override
    public <T> List<T> all(List<Callable<T>> tasks, Duration deadline) throws Exception {
        return logged(() -> model.all(tasks, deadline));
    }

    private static <R> R logged(Callable<R> call) throws Exception {
        long start = System.nanoTime();
        try {
            R result = call.call();
            log.info("returned {} after {} ms", result, millisSince(start));
            return result;
        } catch (Exception e) {
            log.info("threw {} after {} ms", CaseResult.describe(e), millisSince(start));
            throw e;
        }
    }

    private static long millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6);
    }
}
