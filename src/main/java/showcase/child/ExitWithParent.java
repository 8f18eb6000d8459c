package showcase.child;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The entry point of every child JVM: it runs the child's own main class, and ends the child if
 * its parent dies first. A parent stopped by Ctrl-C destroys its children itself, but one killed
 * outright (SIGKILL, a test runner's timeout) cannot, and Java has no way to ask the kernel to end
 * a child with its parent; so the child watches for it.
 */
public final class ExitWithParent {

    /** What a child left without its parent exits with: 128 + SIGHUP, as a shell's orphaned job would. */
    static final int ORPHANED = 129;

    private ExitWithParent() {
    }

    /**
     * {@code args[0]} is the parent's pid, {@code args[1]} the child's main class, the rest its
     * arguments. The pid comes from the parent because by the time this runs the parent may
     * already be gone, and the child adopted by another process.
     */
    public static void main(String[] args) throws Throwable {
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(args[0]));
        if (parent.isEmpty()) {
            Runtime.getRuntime().halt(ORPHANED);
        }
        parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(ORPHANED));
        MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName(args[1]), "main",
                MethodType.methodType(void.class, String[].class));
        main.invokeExact(Arrays.copyOfRange(args, 2, args.length));
    }
}
