package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RepeatFactorTest {

    @Test
    void of_givesOnePlusTheLogarithm_exactlyAsMathLogDoes_forSmallAndLargeCounts() {
        for (int count = 1; count <= 1000; count++) {
            assertEquals(1 + Math.log(count), RepeatFactor.of(count), "count " + count);
        }
        assertEquals(1 + Math.log(Integer.MAX_VALUE), RepeatFactor.of(Integer.MAX_VALUE));
    }

    @Test
    void of_weighsASingleMention_asOne() {
        assertEquals(1.0, RepeatFactor.of(1));
    }
}
