package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SequencersTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "0055AED6DCD90281E5, 0055AED6DCD90281E6, -1",
            "0055AED6DCD90281E5, 0055AED6DCD90281E5, 0",
            // lengths differ: the shorter is left-padded with zeros, so "F" is 15, not greater than "1000"
            "F, 1000, -1",
            "00F, F, 0",
            "0055aed6dcd90281e5, 0055AED6DCD90281E5, 0",
            "9, 0A, -1",
    })
    void compare_ordersAsS3Documents_padLeftThenLexicographic(String a, String b, int expected) {
        assertEquals(expected, Integer.signum(Sequencers.compare(a, b)));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"F, 1000", "9, 0A", "0055AED6DCD90281E5, 55AED6DCD90281E6"})
    void sortable_makesPlainStringOrderEqualToSequencerOrder(String older, String newer) {
        assertEquals(-1, Integer.signum(Sequencers.sortable(older).compareTo(Sequencers.sortable(newer))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "12G4", "0x12"})
    void sortable_rejectsNonHexadecimal(String sequencer) {
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable(sequencer));
    }
}
