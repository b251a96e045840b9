package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.ArticleText;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.text.TokenizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the countries an article is about by salience: where they are named (headline and lead count more), how
 * (a name more than a demonym, a currency least), how often, and whether the dateline places the story there.
 * Countries below the threshold, or far below the most salient country, were mentioned in passing and are left
 * out. Weak names (Georgia, Jordan, Chad) count only when the article corroborates the country some other way,
 * and never when they look like part of a person's or an institution's name ("Michael Jordan", "Georgia Tech").
 */
public final class CountryScorer {

    private final Gazetteer gazetteer;

    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final RegionRanker regions;
    /** Per {@link ArticleText} zone, the boost of a mention there. */
    private final double[] zoneBoost;

    public CountryScorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.regions = new RegionRanker(gazetteer);
        SalienceSettings s = gazetteer.settings();
        this.zoneBoost = new double[]{s.headlineBoost(), s.leadBoost(), 1.0};
        for (int i = 0; i < gazetteer.countries().size(); i++) {
            indexByCode.put(gazetteer.countries().get(i).code(), i);
        }
    }

    /** Countries and regions of the article, best first. */
    public Result score(ArticleText text, String datelineCountry) {
        SalienceSettings s = gazetteer.settings();
        Mentions mentions = MENTIONS.get().sizedFor(gazetteer.countries().size());
        try {
            collect(text, s, mentions);
            int datelineIndex = indexOf(datelineCountry);
            if (datelineIndex >= 0) {
                mentions.tallyOf(datelineIndex);
            }
            int named = mentions.count;
            int[] countryOf = mentions.touched;
            double[] raws = new double[named];
            double best = 0;
            for (int i = 0; i < named; i++) {
                raws[i] = mentions.tallies[countryOf[i]].raw(s, countryOf[i] == datelineIndex);
                best = Math.max(best, raws[i]);
            }
            int[] kept = new int[named];
            int keptCount = 0;
            for (int i = 0; i < named; i++) {
                if (raws[i] > 0 && 1 - Math.exp(-raws[i] / s.scale()) >= s.threshold()
                        && raws[i] >= s.relativeFloor() * best) {
                    keptCount = insertRanked(kept, keptCount, i, raws, countryOf);
                }
            }
            int shown = Math.min(keptCount, s.maxCountries());
            CountryTag[] countries = new CountryTag[shown];
            int[] shownCountries = new int[shown];
            double[] shownScores = new double[shown];
            for (int k = 0; k < shown; k++) {
                int c = countryOf[kept[k]];
                double raw = raws[kept[k]];
                Country country = gazetteer.countries().get(c);
                Tally tally = mentions.tallies[c];
                List<Evidence> evidence = tally.evidence(c == datelineIndex ? s.datelineWeight() : 0,
                        gazetteer.dictionary());
                double score = round(1 - Math.exp(-raw / s.scale()));
                countries[k] = new CountryTag(country.code(), country.name(), score, tally.mentions(), evidence);
                shownCountries[k] = c;
                shownScores[k] = score;
            }
            // immutable lists of the exact size, which the records keep as they are rather than copying them again
            return new Result(List.of(countries), regions.rank(shownCountries, shownScores, shown));
        } finally {
            mentions.clear();
        }
    }

    /** Tallies every place name of the article under its country. */
    private void collect(ArticleText text, SalienceSettings s, Mentions mentions) {
        double[] zoneBoost = this.zoneBoost;
        TokenizedText tokens = text.tokens();
        gazetteer.dictionary().match(tokens, (phrase, first, length) -> {
            int country = gazetteer.countryOfPhrase(phrase);
            if (country < 0) {
                return;
            }
            boolean weak = gazetteer.isWeak(phrase);
            if (weak && looksLikePartOfAName(tokens, first, length)) {
                return;
            }
            MentionKind kind = gazetteer.kindOfPhrase(phrase);
            mentions.tallyOf(country).add(phrase, kind, weak, zoneBoost[text.zoneOf(first)], s.weight(kind));
        });
    }

    /**
     * Inserts entry {@code i} into {@code kept[0 .. count)}, kept by raw salience descending, then by country
     * code, so the order does not depend on the order countries were first named.
     */
    private int insertRanked(int[] kept, int count, int i, double[] raws, int[] countryOf) {
        int at = count;
        while (at > 0 && ranksBefore(i, kept[at - 1], raws, countryOf)) {
            kept[at] = kept[at - 1];
            at--;
        }
        kept[at] = i;
        return count + 1;
    }

    private boolean ranksBefore(int a, int b, double[] raws, int[] countryOf) {
        int byRaw = Double.compare(raws[b], raws[a]);
        return byRaw != 0 ? byRaw < 0 : gazetteer.countries().get(countryOf[a]).code()
                .compareTo(gazetteer.countries().get(countryOf[b]).code()) < 0;
    }

    private static final ThreadLocal<Mentions> MENTIONS = ThreadLocal.withInitial(Mentions::new);

    /**
     * Per-thread tallies of one article, by country index, and which countries were named: an article names a
     * handful of the ~250 countries, so scoring visits those only. A country's tally is kept for the next article
     * that names it, emptied, so that scoring allocates nothing per country named.
     */
    private static final class Mentions {
        Tally[] tallies = new Tally[0];
        boolean[] named = new boolean[0];
        int[] touched = new int[0];
        int count;

        Mentions sizedFor(int countries) {
            if (tallies.length < countries) {
                Tally[] newTallies = new Tally[countries];
                boolean[] newNamed = new boolean[countries];
                int[] newTouched = new int[countries];
                tallies = newTallies;
                named = newNamed;
                touched = newTouched;
            }
            return this;
        }

        Tally tallyOf(int country) {
            if (!named[country]) {
                if (tallies[country] == null) {
                    tallies[country] = new Tally();
                } else {
                    tallies[country].reset();
                }
                named[country] = true;
                touched[count++] = country;
            }
            return tallies[country];
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                named[touched[i]] = false;
            }
            count = 0;
        }
    }

    /** Countries and regions of one article. */
    public record Result(List<CountryTag> countries, List<RegionTag> regions) {
    }

    private int indexOf(String code) {
        Integer index = code == null ? null : indexByCode.get(code);
        return index == null ? -1 : index;
    }

    /**
     * A capitalised word right next to the name, with only spaces between, makes it part of a longer proper
     * name: "Michael Jordan", "Jordan Henderson", "Georgia Tech". Shouted lines say nothing about case.
     */
    private static boolean looksLikePartOfAName(TokenizedText tokens, int first, int length) {
        if (tokens.has(first, TokenizedText.SHOUTING_LINE)) {
            return false;
        }
        int before = first - 1;
        int after = first + length;
        return (before >= 0 && tokens.has(before, TokenizedText.CAPITALIZED) && adjacent(tokens, before, first))
                || (after < tokens.size() && tokens.has(after, TokenizedText.CAPITALIZED) && adjacent(tokens, after - 1, after));
    }

    private static boolean adjacent(TokenizedText tokens, int left, int right) {
        return tokens.spaceOnlyBetween(left, right);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
