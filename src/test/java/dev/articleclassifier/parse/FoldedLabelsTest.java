package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FoldedLabelsTest {

    private static final Set<String> LABELS = Set.of("print", "share", "read more", "(end)", "k");
    private final FoldedLabels labels = new FoldedLabels(LABELS);

    @ParameterizedTest
    @ValueSource(strings = {"print", "PRINT", "Print", "pRiNt", "prints", "prin", "read more", "READ  MORE", "(END)",
            "(end", "K", "\u212A", "\u0130", "pr\u0131nt", "", "share this", "xprint"})
    void contains_decidesAsLowerCasingACopyWould(String line) {
        String text = "<<" + line + ">>";
        boolean expected = LABELS.contains(line.toLowerCase(Locale.ROOT));
        assertEquals(expected, labels.contains(text, 2, 2 + line.length()), line);
    }

    @Test
    void new_refusesLabelsThatAreNotLowerCaseAscii() {
        assertThrows(IllegalArgumentException.class, () -> new FoldedLabels(Set.of("Print")));
        assertThrows(IllegalArgumentException.class, () -> new FoldedLabels(Set.of("caf\u00E9")));
    }
}
