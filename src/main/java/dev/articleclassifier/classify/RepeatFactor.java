package dev.articleclassifier.classify;

/**
 * How much a term or a place name weighs for being found {@code count} times: {@code 1 + ln(count)}, so that
 * the fifth "police" of a story adds less than the first. Topic and country scoring take it for every phrase and
 * country kind an article names, nearly always counted a few times, so the factors of small counts are computed
 * once, by {@link Math#log} itself so that they are the very values it gives.
 */
public final class RepeatFactor {

    private static final double[] OF_SMALL_COUNTS = new double[64];

    static {
        for (int count = 1; count < OF_SMALL_COUNTS.length; count++) {
            OF_SMALL_COUNTS[count] = 1 + Math.log(count);
        }
    }

    private RepeatFactor() {
    }

    /** {@code 1 + ln(count)}, for a count of at least 1. */
    public static double of(int count) {
        return count < OF_SMALL_COUNTS.length ? OF_SMALL_COUNTS[count] : 1 + Math.log(count);
    }
}
