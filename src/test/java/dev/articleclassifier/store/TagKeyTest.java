package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xinhua|xinhua",
        "'  XINHUA '|xinhua",
        "'Agence  France\tPresse'|agence france presse",
        "'Kyodo\r\n News'|kyodo news",
        // a no-break space is no \s: it stays, as it did with the regular expression
        "'Yonhap\u00A0News'|yonhap\u00A0news",
    })
    void agency_isLowerCaseWithRunsOfWhitespaceAsOneSpace(String name, String expected) {
        // Problem: the agency was normalised with replaceAll("\\s+"), a regular expression compiled on every
        // stored article. Fix: a loop over the same whitespace characters, checked here against the same cases.
        assertEquals(new TagKey(TagKey.Kind.AGENCY, expected), TagKey.agency(name));
    }

    @ParameterizedTest
    @CsvSource({"TOPIC,terrorism,COUNTRY,terrorism", "TOPIC,terrorism,TOPIC,diplomacy"})
    void equals_tellsTagsApart_whenKindOrValueDiffers(String kind, String value, String otherKind, String other) {
        TagKey tag = new TagKey(TagKey.Kind.valueOf(kind), value);

        assertEquals(new TagKey(TagKey.Kind.valueOf(kind), value), tag);
        assertEquals(new TagKey(TagKey.Kind.valueOf(kind), value).hashCode(), tag.hashCode());
        assertNotEquals(new TagKey(TagKey.Kind.valueOf(otherKind), other), tag);
    }
}
