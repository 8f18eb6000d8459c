package showcase.demo.scale;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a scale child's JVM went through around the gather: the evidence for the flags it was
 * given, which holds however loaded the machine was (collections, deoptimisations, CPU time).
 *
 * @param processMillis the child's whole life, start-up and warm-up included, as the parent saw it
 * @param readyMillis from the JVM's start to the gather's, warm-up included
 * @param collections garbage collections during the gather, and {@code collectionMillis} their time
 * @param deoptimizations counted with JFR when asked; {@code mostDeoptimized} names the top method and reason
 */
record ChildJvmFigures(List<String> flags, long processMillis, OptionalLong readyMillis, OptionalLong warmUpMillis,
        OptionalLong cpuMillis, OptionalLong collections, OptionalLong collectionMillis,
        OptionalLong deoptimizations, String mostDeoptimized) {

    static ChildJvmFigures unknown(List<String> flags, long processMillis) {
        return new ChildJvmFigures(flags, processMillis, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), "");
    }
}
