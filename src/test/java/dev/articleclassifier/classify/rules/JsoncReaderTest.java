package dev.articleclassifier.classify.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsoncReaderTest {

    private static JsoncNode read(String json) {
        return JsoncReader.read(json.getBytes(StandardCharsets.UTF_8), "f.jsonc");
    }

    @Test
    void read_skipsLineAndBlockComments_andKeepsLineNumbers() {
        JsoncNode root = read("// head\n{\n  /* a\n  block */\n  \"a\": 1, // tail\n  \"b\": [true, null, \"x\"],\n}");
        assertEquals(5, root.required("a").line());
        assertEquals(1.0, root.required("a").asNumber(0, 2));
        assertEquals("x", root.required("b").asArray().get(2).asText());
        assertEquals("b[2]", root.required("b").asArray().get(2).path());
    }

    @Test
    void read_decodesEscapes() {
        assertEquals("Côte \"d'Ivoire\"\n/", read("{\"a\": \"C\\u00f4te \\\"d'Ivoire\\\"\\n\\/\"}").required("a").asText());
    }

    @Test
    void read_keepsCommentMarkersInsideStrings() {
        assertEquals("http://x/* y */", read("{\"a\": \"http://x/* y */\"}").required("a").asText());
    }

    @Test
    void read_decodesNonAsciiStrings_besideEscapes_andAfterAByteOrderMark() {
        byte[] content = "\uFEFF{\"São Tomé\": \"Zürich \\\"Genève\\\" 東京 \uD83C\uDF0D\"}".getBytes(StandardCharsets.UTF_8);
        JsoncNode root = JsoncReader.read(content, "f.jsonc");
        assertEquals("Zürich \"Genève\" 東京 \uD83C\uDF0D", root.required("São Tomé").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "7", "007", "12", "100", "123456789012345", "1234567890123456789", "0.5", "-3", "-0", "1e2",
            "2.5E-3", "0.1"})
    void read_givesEachNumberTheDoubleJavaParsesItTo(String number) {
        JsoncNode value = read("{\"n\": " + number + "}").required("n");
        assertEquals(Double.valueOf(number), value.asNumber(-1e30, 1e30));
        assertEquals(Double.doubleToRawLongBits(Double.valueOf(number)),
                Double.doubleToRawLongBits(value.asNumber(-1e30, 1e30)));
    }

    @Test
    void read_namesTheWholeCharacter_whenANonAsciiOneIsOutOfPlace() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("{\"a\": é}"));
        assertEquals("f.jsonc:1: unexpected character 'é'", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key      | {\\n\"a\": 1,\\n\"a\": 2} | f.jsonc:3: Duplicate field 'a'",
            "missing comma      | {\\n\"a\": 1\\n\"b\": 2} | f.jsonc:3: expected ',' or '}'",
            "unterminated       | {\"a\": \"x} | f.jsonc:1: unterminated string",
            "empty              | '  ' | f.jsonc:1: the file is empty",
            "two values         | {} {} | f.jsonc:1: unexpected content after the top-level value",
    })
    void read_reportsFileAndLine_whenMalformed(String name, String json, String expected) {
        DataFileException e = assertThrows(DataFileException.class, () -> read(json.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
