package showcase.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import showcase.demo.pinning.Construct;
import showcase.report.Format;

/** An id is the constant's name in lower case with hyphens, and reads back as that constant only. */
class KebabCaseIdTest {

    @Test
    void aNameOfSeveralWordsIsSpelledInLowerCaseWithHyphens() {
        assertEquals("class-initializer", Construct.CLASS_INITIALIZER.id());
        assertEquals(List.of("text", "markdown", "csv", "json"), KebabCaseId.ids(Format.class),
                "an enum that does not implement it is spelled the same way");
    }

    @Test
    void eachIdReadsBackAsItsConstantAndNoOtherSpellingDoes() {
        assertEquals(Arrays.stream(Construct.values()).map(Optional::of).toList(),
                KebabCaseId.ids(Construct.class).stream().map(id -> KebabCaseId.byId(Construct.class, id)).toList());
        assertEquals(Optional.empty(), KebabCaseId.byId(Construct.class, "CLASS_INITIALIZER"));
        assertEquals(Optional.empty(), KebabCaseId.byId(Construct.class, "class_initializer"));
    }
}
