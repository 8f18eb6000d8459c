package showcase.model;

import java.util.List;
import java.util.Optional;
import showcase.model.platform.CompletableFutureModel;
import showcase.model.platform.FixedPoolModel;
import showcase.model.platform.PlatformThreadsModel;
import showcase.model.platform.SequentialModel;
import showcase.model.virtual.StructuredScopeModel;
import showcase.model.virtual.VirtualExecutorModel;

/** Every model the showcase compares, in the order tables list them: virtual first, sequential last. */
public final class Models {

    /** Enough threads for the demos' tasks to run at once; the point of a fixed pool is that it is bounded. */
    public static final int FIXED_POOL_THREADS = 4;

    private static final List<ConcurrencyModel> ALL = List.of(
            StructuredScopeModel.virtual(),
            StructuredScopeModel.platform(),
            new VirtualExecutorModel(),
            new PlatformThreadsModel(),
            new FixedPoolModel(FIXED_POOL_THREADS),
            new CompletableFutureModel(),
            new SequentialModel());

    private Models() {
    }

    public static List<ConcurrencyModel> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(ConcurrencyModel::name).toList();
    }

    public static Optional<ConcurrencyModel> named(String name) {
        return ALL.stream().filter(model -> model.name().equals(name)).findFirst();
    }
}
