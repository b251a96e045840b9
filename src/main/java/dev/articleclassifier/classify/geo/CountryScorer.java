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
        Map<Integer, Tally> tallies = new HashMap<>();
        gazetteer.dictionary().match(tokens, (phrase, first, length) -> {
            if (gazetteer.countryOfPhrase(phrase) < 0) {
                return;
            }
            boolean weak = gazetteer.isWeak(phrase);
            if (weak && looksLikePartOfAName(tokens, first, length)) {
                return;
            }
            Tally tally = tallies.computeIfAbsent(gazetteer.countryOfPhrase(phrase), k -> new Tally());
            tally.add(phrase, gazetteer.kindOfPhrase(phrase), weak,
                    zoneBoost[text.zoneOf(first)], s.weight(gazetteer.kindOfPhrase(phrase)));
        });
        List<CountryTag> ranked = new ArrayList<>();
        Map<String, Double> raws = new HashMap<>();
        int datelineIndex = indexOf(datelineCountry);
        if (datelineIndex >= 0) {
            tallies.computeIfAbsent(datelineIndex, k -> new Tally());
        }
        double best = 0;
        for (Map.Entry<Integer, Tally> entry : tallies.entrySet()) {
            boolean dateline = entry.getKey() == datelineIndex;
            double raw = entry.getValue().raw(s, dateline);
            raws.put(gazetteer.countries().get(entry.getKey()).code(), raw);
            best = Math.max(best, raw);
        }
        for (Map.Entry<Integer, Tally> entry : tallies.entrySet()) {
            Country country = gazetteer.countries().get(entry.getKey());
            double raw = raws.get(country.code());
            double score = 1 - Math.exp(-raw / s.scale());
            if (raw > 0 && score >= s.threshold() && raw >= s.relativeFloor() * best) {
                Tally tally = entry.getValue();
                List<Evidence> evidence = tally.evidence(entry.getKey() == datelineIndex ? s.datelineWeight() : 0, gazetteer.dictionary());
                ranked.add(new CountryTag(country.code(), country.name(), round(score), tally.mentions(), evidence));
            }
        }
        ranked.sort(Comparator.comparingDouble((CountryTag c) -> raws.get(c.code())).reversed()
                .thenComparing(CountryTag::code));
        List<CountryTag> countries = ranked.size() > s.maxCountries() ? ranked.subList(0, s.maxCountries()) : ranked;
        return new Result(countries, regionsOf(countries));
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
