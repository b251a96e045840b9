package dev.articleclassifier.classify.geo;

import java.util.Arrays;

/**
 * What the gazetteer knows of each of its phrases while it is being read: the country that lists it, the kind of
 * mention it is (the first kind it was listed as) and whether any listing calls it a weak name. Phrase ids are
 * dense, handed out from 0 by the phrase dictionary, so the facts sit in arrays indexed by phrase rather than in
 * maps of boxed ids: reading the gazetteer is on the Lambda cold-start path.
 */
final class PhraseFacts {

    private int[] country = new int[4096];
    private MentionKind[] kind = new MentionKind[4096];
    private boolean[] weak = new boolean[4096];

    PhraseFacts() {
        Arrays.fill(country, -1);
    }

    /**
     * Records that country {@code index} lists phrase {@code id} as a mention of {@code kindOf}; returns the
     * country that owns the phrase: {@code index}, unless another country listed it first.
     */
    int record(int id, int index, MentionKind kindOf, boolean isWeak) {
        fit(id);
        if (country[id] < 0) {
            country[id] = index;
        }
        if (kind[id] == null) {
            kind[id] = kindOf;
        }
        weak[id] |= isWeak;
        return country[id];
    }

    /** The country that lists phrase {@code id}, or -1 when none does. */
    int countryOf(int id) {
        return id < country.length ? country[id] : -1;
    }

    /** Per phrase of a dictionary of {@code size} phrases: its country, -1 for none. */
    int[] countries(int size) {
        fit(size);
        return Arrays.copyOf(country, size);
    }

    /** Per phrase: its kind of mention, null for a phrase no country lists. */
    MentionKind[] kinds(int size) {
        fit(size);
        return Arrays.copyOf(kind, size);
    }

    /** Per phrase: whether it is a weak name. */
    boolean[] weak(int size) {
        fit(size);
        return Arrays.copyOf(weak, size);
    }

    private void fit(int id) {
        if (id < country.length) {
            return;
        }
        int old = country.length;
        int size = Math.max(old * 2, id + 1);
        country = Arrays.copyOf(country, size);
        Arrays.fill(country, old, size, -1);
        kind = Arrays.copyOf(kind, size);
        weak = Arrays.copyOf(weak, size);
    }
}
