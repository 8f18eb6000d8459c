package showcase.observe;

/**
 * The id of the request a thread is working for, bound with a {@link ScopedValue}: every subtask
 * forked in a {@code StructuredTaskScope} opened inside the binding sees it, nested scopes
 * included, while a thread started outside the scope does not. Nothing is copied from thread to
 * thread, as an MDC built on {@code InheritableThreadLocal} would have to.
 */
public final class RequestId {

    public static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

    private RequestId() {
    }
}
