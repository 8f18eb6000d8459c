package showcase.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import showcase.model.platform.CompletableFutureModel;
import showcase.model.platform.FixedPoolModel;
import showcase.model.platform.PlatformThreadsModel;
import showcase.model.sequential.SequentialModel;
import showcase.model.structured.StructuredScopeModel;
import showcase.model.virtual.VirtualExecutorModel;

/** Every model the showcase compares, in the order tables list them: structured first, sequential last. */
public final class Models {

    /** Enough threads for the demos' tasks to run at once; the point of a fixed pool is that it is bounded. */
    public static final int FIXED_POOL_THREADS = 4;

    private static final List<ConcurrencyModel> ALL = withPlatformThreadsFrom(Thread.ofPlatform().factory());

    private Models() {
    }

    public static List<ConcurrencyModel> all() {
        return ALL;
    }

    /**
     * Every model, with the models that start a platform thread per task taking theirs from
     * {@code factory}: a factory that refuses past a cap stands in for the operating system's limit.
     */
    public static List<ConcurrencyModel> withPlatformThreadsFrom(ThreadFactory factory) {
        return List.of(
                StructuredScopeModel.virtual(),
                StructuredScopeModel.platform(factory),
                new VirtualExecutorModel(),
                new PlatformThreadsModel(factory),
                new FixedPoolModel(FIXED_POOL_THREADS),
                new CompletableFutureModel(factory),
                new SequentialModel());
    }

    public static List<String> names() {
        return ALL.stream().map(ConcurrencyModel::name).toList();
    }

    public static Optional<ConcurrencyModel> named(String name) {
        return ALL.stream().filter(model -> model.name().equals(name)).findFirst();
    }
}
