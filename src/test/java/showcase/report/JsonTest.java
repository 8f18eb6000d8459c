package showcase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesInTheOrderGiven() {
        String json = Json.write(List.of(Json.object("name", "say \"hi\"\n", "ms", 12.5, "ok", true, "none", null,
                "list", List.of(), "nested", Json.object("n", 1))));

        assertEquals(String.join(System.lineSeparator(),
                "[",
                "  {",
                "    \"name\": \"say \\\"hi\\\"\\n\",",
                "    \"ms\": 12.5,",
                "    \"ok\": true,",
                "    \"none\": null,",
                "    \"list\": [],",
                "    \"nested\": {",
                "      \"n\": 1",
                "    }",
                "  }",
                "]",
                ""), json);
    }

    @Test
    void escapesControlCharactersAndRefusesNonFiniteNumbers() {
        assertEquals(String.join(System.lineSeparator(), "[", "  \"\\u0001\\t\",", "  null", "]", ""),
                Json.write(Arrays.asList("\u0001\t", Double.NaN)));
    }

    @Test
    void writesNonFiniteFloatsAsNullAndFiniteOnesAsNumbers() {
        assertEquals("[null,null,1.5]" + System.lineSeparator(), Json.line(List.of(Float.NaN, Float.NEGATIVE_INFINITY, 1.5f)));
    }

    @Test
    void writesAnyOtherValueAsItsTextQuoted() {
        assertEquals("[\"/tmp/a \\\"b\\\".svg\",\"MARKDOWN\"]" + System.lineSeparator(),
                Json.line(List.of(Path.of("/tmp/a \"b\".svg"), Format.MARKDOWN)));
    }

    @Test
    void writesALineForJsonLines() {
        assertEquals("{\"task\":\"hello\",\"ms\":[1,2],\"none\":null,\"empty\":{}}" + System.lineSeparator(),
                Json.line(Json.object("task", "hello", "ms", List.of(1, 2), "none", null, "empty", Json.object())));
    }
}
