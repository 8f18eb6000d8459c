package showcase.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import showcase.testing.NoThreadLeftBehind;

/**
 * The models that start a platform thread per task take every one from the factory they are
 * given (a factory that refuses past a cap stands in for the operating system's limit); the
 * others do not touch it.
 */
@ExtendWith(NoThreadLeftBehind.class)
class ModelsTest {

    /** Platform threads each model asks the factory for, to gather two tasks without and then with a deadline. */
    private static final Map<String, Integer> THREADS_FROM_THE_FACTORY = Map.of(
            "structured", 0,
            "structured-platform", 4,
            "virtual-executor", 0,
            "platform-threads", 4,
            "fixed-pool", 0,
            "completable-future", 4,
            "sequential", 0);

    @Test
    void theModelsThatStartAPlatformThreadPerTaskTakeThemFromTheFactoryGiven() throws Exception {
        Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
        var current = new AtomicReference<String>();
        ThreadFactory counting = task -> {
            made.computeIfAbsent(current.get(), name -> new AtomicInteger()).incrementAndGet();
            return Thread.ofPlatform().unstarted(task);
        };

        List<ConcurrencyModel> models = Models.withPlatformThreadsFrom(counting);

        assertEquals(Models.names(), models.stream().map(ConcurrencyModel::name).toList(), "the same models, in the same order");
        for (ConcurrencyModel model : models) {
            current.set(model.name());
            Callable<String> quick = () -> "done";
            assertEquals(List.of("done", "done"), model.all(List.of(quick, quick)));
            assertEquals(List.of("done", "done"), model.all(List.of(quick, quick), Duration.ofSeconds(5)));
        }
        assertEquals(THREADS_FROM_THE_FACTORY, models.stream().collect(Collectors.toMap(ConcurrencyModel::name,
                model -> made.getOrDefault(model.name(), new AtomicInteger()).get())));
    }
}
