package showcase.demo.pinning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Blocks inside a class initialiser. A class is initialised once, so each call loads a fresh
 * copy of {@link SleepyInit} in a class loader of its own and initialises that: every thread
 * runs an initialiser of its own, and none waits for another's.
 */
public final class ClassInitializerHold {

    // A static initialiser takes no arguments, so it reads how long to sleep from here.
    private static volatile Duration hold = Duration.ZERO;

    private ClassInitializerHold() {
    }

    /**
     * What {@link SleepyInit}'s initialiser sleeps. Public because each copy of it is defined by
     * another class loader, so it is in another runtime package than this class.
     */
    public static Duration hold() {
        return hold;
    }

    static void initialiseAFreshClass(Duration hold) throws InterruptedException {
        ClassInitializerHold.hold = hold;
        try {
            Class.forName(SleepyInit.class.getName(), true, new FreshLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof IllegalStateException stopped && stopped.getCause() instanceof InterruptedException) {
                throw (InterruptedException) stopped.getCause();
            }
            throw e;
        }
    }

    /** Defines {@link SleepyInit} itself, from the same class file; everything else comes from its parent. */
    private static final class FreshLoader extends ClassLoader {

        FreshLoader() {
            super("fresh-sleepy-init", SleepyInit.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SleepyInit.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : define(name);
            }
        }

        private Class<?> define(String name) {
            String file = name.replace('.', '/') + ".class";
            try (InputStream in = getParent().getResourceAsStream(file)) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
