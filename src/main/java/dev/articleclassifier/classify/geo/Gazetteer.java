package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.text.PhraseDictionary;
import dev.articleclassifier.parse.PlaceResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compiled gazetteer: every country's names, demonyms, capitals, cities and metonyms in one
 * {@link PhraseDictionary}, each phrase pointing back at its country and kind of mention, plus the region
 * hierarchy. Built by {@link GazetteerLoader}; immutable and thread-safe.
 */
public final class Gazetteer implements PlaceResolver {

    private final List<Country> countries;
    private final Map<String, Region> regions;
    private final PhraseDictionary dictionary;
    private final int[] phraseCountry;
    private final MentionKind[] phraseKind;
    private final boolean[] phraseWeak;
    private final DatelinePlaces datelinePlaces;
    private final SalienceSettings settings;

    Gazetteer(List<Country> countries, Map<String, Region> regions, PhraseDictionary dictionary,
              int[] phraseCountry, MentionKind[] phraseKind, boolean[] phraseWeak,
              DatelinePlaces datelinePlaces, SalienceSettings settings) {
        this.countries = List.copyOf(countries);
        this.regions = Map.copyOf(regions);
        this.dictionary = dictionary;
        this.phraseCountry = phraseCountry;
        this.phraseKind = phraseKind;
        this.phraseWeak = phraseWeak;
        this.datelinePlaces = datelinePlaces;
        this.settings = settings;
    }

    public List<Country> countries() {
        return countries;
    }

    public Region region(String id) {
        return regions.get(id);
    }

    PhraseDictionary dictionary() {
        return dictionary;
    }

    int countryOfPhrase(int phrase) {
        return phraseCountry[phrase];
    }

    MentionKind kindOfPhrase(int phrase) {
        return phraseKind[phrase];
    }

    /** Whether the phrase is a name that is often something else (Georgia the state, Jordan the person). */
    boolean isWeak(int phrase) {
        return phraseWeak[phrase];
    }

    SalienceSettings settings() {
        return settings;
    }

    /**
     * Country of a dateline place ("MOSCOW", "New York", "Portland, Ore."), by name, capital, city or dateline
     * place; weak names other than capitals excluded. A trailing region ("Ore.", "Ont.") decides when known.
     */
    @Override
    public Optional<String> countryOf(String place) {
        return datelinePlaces.countryOf(place);
    }

    /** As {@link #countryOf(String)} for "place, region", each looked up where it is. */
    @Override
    public Optional<String> countryOf(String place, String region) {
        return datelinePlaces.countryOf(place, region);
    }
}
