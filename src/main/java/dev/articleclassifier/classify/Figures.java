package dev.articleclassifier.classify;

/**
 * The figures of the sentences that explain topic decisions, written straight into the sentence being built:
 * scores with two decimals ("0.97"), shares as whole percents ("25%"), and one more decimal wherever the usual
 * precision would show a figure equal to the limit it was compared with though it is not ("0.298 is below the
 * threshold 0.300", never "0.30 is below the threshold 0.30"). Every kept topic of every record is explained, so
 * the digits go into the sentence's own builder rather than into a string per figure that is then copied.
 */
final class Figures {

    private Figures() {
    }

    /** Appends {@code value} with two decimals. */
    static StringBuilder figure(StringBuilder out, double value) {
        return decimals(out, value, 2);
    }

    /** Appends {@code value} with two decimals, or three when two would show it equal to {@code other}. */
    static StringBuilder figure(StringBuilder out, double value, double other) {
        return decimals(out, value, readEqualInHundredths(value, other) ? 3 : 2);
    }

    /** Appends a share as a whole percent, or with one decimal when that would show it equal to {@code other}. */
    static StringBuilder percent(StringBuilder out, double share, double other) {
        if (readEqualInHundredths(share, other)) {
            decimals(out, share * 100, 1);
        } else {
            out.append(Math.round(share * 100));
        }
        return out.append('%');
    }

    /**
     * Whether {@code value} and {@code other} differ yet show as the same number of hundredths (two decimals, or a
     * whole percent), so that showing them so would hide the difference a decision turned on.
     */
    static boolean readEqualInHundredths(double value, double other) {
        return Math.round(value * 100) == Math.round(other * 100) && value != other;
    }

    /** Appends a share as a whole percent. */
    static StringBuilder percent(StringBuilder out, double share) {
        return out.append(Math.round(share * 100)).append('%');
    }

    private static StringBuilder decimals(StringBuilder out, double value, int places) {
        long scale = places == 3 ? 1000 : places == 2 ? 100 : 10;
        long scaled = Math.round(value * scale);
        long fraction = Math.abs(scaled % scale);
        if (scaled < 0) {
            out.append('-');
        }
        out.append(Math.abs(scaled / scale)).append('.');
        // the fraction's digits, leading zeros included: 5 hundredths is "05"
        for (long digit = scale / 10; digit > 0; digit /= 10) {
            out.append((char) ('0' + fraction / digit % 10));
        }
        return out;
    }
}
