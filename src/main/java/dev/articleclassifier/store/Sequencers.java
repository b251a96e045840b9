package dev.articleclassifier.store;

import java.util.Comparator;
import java.util.Locale;

/**
 * Orders S3 event sequencers. S3 notifications arrive at least once and in no particular order; for events about
 * the same key, the event with the greater sequencer happened later. S3 documents that sequencers may differ in
 * length and are compared by left-padding the shorter one with zeros and then comparing lexicographically.
 *
 * <p>The store keeps a {@linkplain #sortable sortable form} (upper case, left-padded to a fixed width) next to the
 * original, so that DynamoDB condition expressions, which compare strings byte by byte, apply the same rule.
 */
public final class Sequencers {

    /** Fixed width of the sortable form; S3 sequencers today are 16 to 18 hex digits. */
    static final int WIDTH = 64;

    /** Earlier events first. */
    public static final Comparator<String> ORDER = Sequencers::compare;

    private Sequencers() {
    }

    /** Negative, zero or positive as {@code a} is older than, the same event as, or newer than {@code b}. */
    public static int compare(String a, String b) {
        return sortable(a).compareTo(sortable(b));
    }

    /**
     * The sequencer upper-cased and left-padded with zeros to {@value #WIDTH} characters, so that plain string
     * comparison is the documented S3 comparison.
     *
     * @throws IllegalArgumentException if the value is blank, not hexadecimal, or too long to pad
     */
    public static String sortable(String sequencer) {
        if (sequencer == null || sequencer.isBlank()) {
            throw new IllegalArgumentException("missing S3 event sequencer");
        }
        String hex = sequencer.trim().toUpperCase(Locale.ROOT);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                throw new IllegalArgumentException("S3 event sequencer is not hexadecimal: " + sequencer);
            }
        }
        int firstSignificant = 0;
        while (firstSignificant < hex.length() - 1 && hex.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        String digits = hex.substring(firstSignificant);
        if (digits.length() > WIDTH) {
            throw new IllegalArgumentException("S3 event sequencer longer than " + WIDTH + " digits: " + sequencer);
        }
        return "0".repeat(WIDTH - digits.length()) + digits;
    }
}
