package showcase.cli;

import java.util.List;
import showcase.server.ThreadMode;

/** What {@code load --threads} asks for: both thread modes in turn (to compare them), or one. */
enum LoadThreads {
    BOTH(List.of(ThreadMode.VIRTUAL, ThreadMode.PLATFORM)),
    VIRTUAL(List.of(ThreadMode.VIRTUAL)),
    PLATFORM(List.of(ThreadMode.PLATFORM));

    private final List<ThreadMode> modes;

    LoadThreads(List<ThreadMode> modes) {
        this.modes = modes;
    }

    List<ThreadMode> modes() {
        return modes;
    }
}
