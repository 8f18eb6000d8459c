package showcase.bench;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import showcase.model.ConcurrencyModel;
import showcase.model.Models;

/**
 * A benchmark run once per model, by the name in its {@code model} parameter. JMH wants the
 * parameter's values as constants, so each benchmark lists them; before its first iteration this
 * checks the list against {@link Models#names()} and fails the run when a model is neither listed
 * nor left out on purpose, so that a new model is benchmarked, or its absence explained, never
 * silently skipped.
 */
@State(Scope.Benchmark)
// JMH itself still reads fields through sun.misc.Unsafe, which Java 25 warns about unless allowed.
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "--sun-misc-unsafe-memory-access=allow"})
public abstract class PerModel {

    /** The field, in each benchmark, that carries its {@code @Param} list of model names. */
    private static final String PARAMETER = "model";

    ConcurrencyModel gatherer;

    /** Models this benchmark leaves out on purpose; its Javadoc says why. */
    Set<String> leftOut() {
        return Set.of();
    }

    @Setup(Level.Trial)
    public void findTheModel() throws ReflectiveOperationException {
        Field parameter = getClass().getField(PARAMETER);
        Set<String> listed = Set.of(parameter.getAnnotation(Param.class).value());
        List<String> missing = Models.names().stream()
                .filter(name -> !listed.contains(name) && !leftOut().contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(parameter.getDeclaringClass().getSimpleName() + " does not benchmark "
                    + missing + ": add them to its @Param list, or to leftOut() with the reason in its Javadoc");
        }
        String name = (String) parameter.get(this);
        gatherer = Models.named(name).orElseThrow(() -> new IllegalStateException("no model named " + name));
    }
}
