package showcase.demo.scale;

import showcase.child.ProcessFigures;

/** Whether this OS tells a process its resident memory (Linux's /proc does). */
final class ProcessFiguresAvailable {

    private ProcessFiguresAvailable() {
    }

    static boolean onThisMachine() {
        return ProcessFigures.peakRssBytes().isPresent();
    }
}
