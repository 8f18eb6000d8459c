package showcase.demo.pinning;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;

/**
 * Blocks with a native frame on the stack, with no native code of our own: the C library's
 * {@code qsort} (a downcall through the FFM API) calls back into Java to compare two ints, and
 * the comparison (an upcall) sleeps. The JVM cannot unmount a thread whose stack holds a native
 * frame, so the thread keeps its carrier for the whole sleep.
 */
// Restricted methods on purpose: this is the native frame being measured; the child JVM enables native access.
@SuppressWarnings("restricted")
final class NativeFrameHold {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle QSORT = LINKER.downcallHandle(
            LINKER.defaultLookup().find("qsort").orElseThrow(() -> new IllegalStateException("no qsort in the C library")),
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
    private static final MemorySegment COMPARE = LINKER.upcallStub(compareHandle(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS.withTargetLayout(JAVA_INT), ADDRESS.withTargetLayout(JAVA_INT)),
            Arena.global());

    /** What the comparison sleeps; an upcall's signature is the C comparator's, with no room for it. */
    private static volatile Duration hold = Duration.ZERO;

    private NativeFrameHold() {
    }

    static void sortCallingBack(Duration hold) throws InterruptedException {
        NativeFrameHold.hold = hold;
        try (Arena arena = Arena.ofConfined()) {
            // Two ints: qsort compares them exactly once.
            MemorySegment array = arena.allocateFrom(JAVA_INT, 2, 1);
            QSORT.invokeExact(array, 2L, JAVA_INT.byteSize(), COMPARE);
        } catch (Throwable e) {
            throw new IllegalStateException("qsort failed", e);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted in an upcall");
        }
    }

    // An exception must not leave an upcall (the JVM would exit), so an interrupt is passed on as the flag.
    private static int compare(MemorySegment a, MemorySegment b) {
        try {
            Thread.sleep(hold);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));
    }

    private static MethodHandle compareHandle() {
        try {
            return MethodHandles.lookup().findStatic(NativeFrameHold.class, "compare",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
