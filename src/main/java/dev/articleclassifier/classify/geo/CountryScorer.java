package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.ArticleText;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.text.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    public CountryScorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (int i = 0; i < gazetteer.countries().size(); i++) {
            indexByCode.put(gazetteer.countries().get(i).code(), i);
        }
    }

    /** Countries and regions of the article, best first. */
    public Result score(ArticleText text, String datelineCountry) {
        SalienceSettings s = gazetteer.settings();
        double[] zoneBoost = {s.headlineBoost(), s.leadBoost(), 1.0};
        TokenizedText tokens = text.tokens();
        // indexed by country: an article names a handful of the ~200, so boxed maps cost more than the scoring
        Tally[] tallies = new Tally[gazetteer.countries().size()];
        gazetteer.dictionary().match(tokens, (phrase, first, length) -> {
            int country = gazetteer.countryOfPhrase(phrase);
            if (country < 0) {
                return;
            }
            boolean weak = gazetteer.isWeak(phrase);
            if (weak && looksLikePartOfAName(tokens, first, length)) {
                return;
            }
            if (tallies[country] == null) {
                tallies[country] = new Tally();
            }
            tallies[country].add(phrase, gazetteer.kindOfPhrase(phrase), weak,
                    zoneBoost[text.zoneOf(first)], s.weight(gazetteer.kindOfPhrase(phrase)));
        });
        int datelineIndex = indexOf(datelineCountry);
        if (datelineIndex >= 0 && tallies[datelineIndex] == null) {
            tallies[datelineIndex] = new Tally();
        }
        double[] raws = new double[tallies.length];
        double best = 0;
        for (int c = 0; c < tallies.length; c++) {
            if (tallies[c] != null) {
                raws[c] = tallies[c].raw(s, c == datelineIndex);
                best = Math.max(best, raws[c]);
            }
        }
        int[] kept = new int[tallies.length];
        int keptCount = 0;
        for (int c = 0; c < tallies.length; c++) {
            if (tallies[c] != null && raws[c] > 0 && 1 - Math.exp(-raws[c] / s.scale()) >= s.threshold()
                    && raws[c] >= s.relativeFloor() * best) {
                keptCount = insertRanked(kept, keptCount, c, raws);
            }
        }
        List<CountryTag> countries = new ArrayList<>(Math.min(keptCount, s.maxCountries()));
        for (int i = 0; i < keptCount && i < s.maxCountries(); i++) {
            int c = kept[i];
            Country country = gazetteer.countries().get(c);
            List<Evidence> evidence = tallies[c].evidence(c == datelineIndex ? s.datelineWeight() : 0,
                    gazetteer.dictionary());
            double score = 1 - Math.exp(-raws[c] / s.scale());
            countries.add(new CountryTag(country.code(), country.name(), round(score), tallies[c].mentions(),
                    evidence));
        }
        return new Result(countries, regionsOf(countries));
    }

    /** Inserts country {@code c} into {@code kept[0 .. count)}, kept by raw salience descending, then by code. */
    private int insertRanked(int[] kept, int count, int c, double[] raws) {
        int at = count;
        while (at > 0 && ranksBefore(c, kept[at - 1], raws)) {
            kept[at] = kept[at - 1];
            at--;
        }
        kept[at] = c;
        return count + 1;
    }

    private boolean ranksBefore(int a, int b, double[] raws) {
        int byRaw = Double.compare(raws[b], raws[a]);
        return byRaw != 0 ? byRaw < 0
                : gazetteer.countries().get(a).code().compareTo(gazetteer.countries().get(b).code()) < 0;
    }

    /** Countries and regions of one article. */
    public record Result(List<CountryTag> countries, List<RegionTag> regions) {
    }

    private List<RegionTag> regionsOf(List<CountryTag> countries) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (CountryTag tag : countries) {
            for (String region : gazetteer.countries().get(indexByCode.get(tag.code())).regions()) {
                scores.merge(region, tag.score(), Math::max);
            }
        }
        List<RegionTag> regions = new ArrayList<>();
        scores.forEach((id, score) -> {
            Region region = gazetteer.region(id);
            regions.add(new RegionTag(id, region.label(), region.m49(), score));
        });
        regions.sort(Comparator.comparingDouble(RegionTag::score).reversed());
        return regions;
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
