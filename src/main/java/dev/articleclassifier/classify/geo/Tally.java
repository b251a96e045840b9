package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.Evidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mentions of one country in one article, by kind and by phrase, and the raw salience they add up to. */
final class Tally {

    private final Map<MentionKind, int[]> counts = new EnumMap<>(MentionKind.class);
    private final Map<MentionKind, double[]> bestBoost = new EnumMap<>(MentionKind.class);
    private final Map<String, int[]> byPhrase = new LinkedHashMap<>();
    private final Map<String, Double> phraseWeight = new LinkedHashMap<>();
    private int strongMentions;
    private int weakMentions;

    void add(String phrase, MentionKind kind, boolean weak, double boost, double kindWeight) {
        counts.computeIfAbsent(kind, k -> new int[1])[0]++;
        double[] best = bestBoost.computeIfAbsent(kind, k -> new double[1]);
        best[0] = Math.max(best[0], boost);
        byPhrase.computeIfAbsent(phrase, k -> new int[1])[0]++;
        phraseWeight.merge(phrase, boost * kindWeight, Math::max);
        if (weak) {
            weakMentions++;
        } else {
            strongMentions++;
        }
    }

    int mentions() {
        return strongMentions + weakMentions;
    }

    /** Raw salience; weak-only mentions count for nothing unless the dateline corroborates them. */
    double raw(SalienceSettings s, boolean dateline) {
        double raw = dateline ? s.datelineWeight() : 0;
        if (strongMentions == 0 && !dateline) {
            return 0;
        }
        for (Map.Entry<MentionKind, int[]> entry : counts.entrySet()) {
            int count = entry.getValue()[0];
            raw += s.weight(entry.getKey()) * bestBoost.get(entry.getKey())[0] * (1 + Math.log(count));
        }
        return raw;
    }

    List<Evidence> evidence(double datelineWeight) {
        List<Evidence> out = new ArrayList<>();
        if (datelineWeight > 0) {
            out.add(new Evidence("(dateline)", 1, datelineWeight));
        }
        byPhrase.forEach((phrase, count) -> out.add(new Evidence(phrase, count[0], phraseWeight.get(phrase))));
        return out;
    }
}
