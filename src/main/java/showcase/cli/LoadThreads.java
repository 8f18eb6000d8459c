package showcase.cli;

import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
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

    // Built here rather than in LoadCommand, so that listing the subcommands does not load this enum.
    static OptionSpec option() {
        return Options.choice(ServerOptions.THREADS, "thread mode", BOTH,
                "The servers to start: one on virtual threads and one on the platform pool, or one of them");
    }
}
