package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.rules.JsoncNode;
import dev.articleclassifier.classify.rules.JsoncReader;
import dev.articleclassifier.classify.text.CaseMode;
import dev.articleclassifier.classify.text.PhraseDictionary;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a gazetteer file (JSON with comments: {@code regions}, {@code countries}, optional {@code settings}) and
 * compiles it. Names are matched as proper nouns (capitals required where the name has them); names written all
 * in capitals ("US", "UAE") are matched exactly, so the pronoun "us" is no country. A leading "the" is dropped
 * ("the Kremlin" matches "Kremlin"). A name listed under two countries is an error: it could not be resolved.
 * {@code nonPlaces} lists phrases that contain a country's name but point at no country ("Gulf of Mexico").
 * A country's {@code datelinePlaces} only resolve datelines, never match running text: towns too ambiguous there
 * ("Jackson", "Portland") and the state or province abbreviations that qualify a city ("Ore.", "Ont.").
 */
public final class GazetteerLoader {

    /** The kinds of a country's terms, in the order they are compiled (a phrase keeps the first kind met). */
    private static final MentionKind[] KINDS = {MentionKind.NAME, MentionKind.CAPITAL, MentionKind.METONYM,
        MentionKind.CITY, MentionKind.DEMONYM, MentionKind.CURRENCY};
    /** The field of a country that lists the terms of each of {@link #KINDS}. */
    private static final String[] FIELDS = {"names", "capitals", "metonyms", "cities", "demonyms", "currencies"};

    private GazetteerLoader() {
    }

    public static Gazetteer load(byte[] content, String fileName, Vocabulary vocabulary) {
        JsoncNode root = JsoncReader.read(content, fileName);
        root.allowOnly("regions", "countries", "nonPlaces", "settings");
        Map<String, Region> regions = regions(root.required("regions"));
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary).exactInShoutingLines(true);
        List<Country> countries = new ArrayList<>();
        PhraseFacts facts = new PhraseFacts();
        DatelinePlaces.Builder places = DatelinePlaces.builder();
        Map<String, String> datelineOnly = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (JsoncNode node : root.required("countries").asArray()) {
            node.allowOnly("code", "name", "regions", "names", "demonyms", "capitals", "cities", "metonyms",
                    "weakNames", "currencies", "datelinePlaces");
            String code = node.required("code").asText();
            if (!isAlpha2(code) || !codes.add(code)) {
                throw node.required("code").error("expected a new ISO 3166-1 alpha-2 code, got \"" + code + "\"");
            }
            int index = countries.size();
            countries.add(new Country(code, node.required("name").asText(), withAncestors(node, regions)));
            List<String> weakNames = node.strings("weakNames");
            for (int k = 0; k < KINDS.length; k++) {
                List<String> terms = k == 0 ? withDefault(node.strings(FIELDS[k]), node.required("name").asText())
                        : node.strings(FIELDS[k]);
                for (String term : terms) {
                    String phrase = withoutArticle(term);
                    int id = builder.add(phrase, caseModeOf(phrase));
                    boolean isWeak = weakNames.contains(term);
                    int owner = facts.record(id, index, KINDS[k], isWeak);
                    if (owner != index) {
                        throw node.error("\"" + term + "\" is also listed under " + countries.get(owner).code());
                    }
                    if (namesAPlace(KINDS[k], isWeak)) {
                        places.add(phrase, code);
                    }
                }
            }
            for (String place : node.strings("datelinePlaces")) {
                datelineOnly.putIfAbsent(place, code);
            }
        }
        // after every country's own names, so a place named in running text keeps its country
        for (Map.Entry<String, String> place : datelineOnly.entrySet()) {
            places.add(place.getKey(), place.getValue());
        }
        // phrases that contain a country's word but name no country ("Latin American", "Gulf of Mexico"):
        // as longer matches they win over the word inside them, and then count for nothing
        for (String phrase : root.strings("nonPlaces")) {
            int id = builder.add(withoutArticle(phrase), caseModeOf(withoutArticle(phrase)));
            int owner = facts.countryOf(id);
            if (owner >= 0) {
                throw root.required("nonPlaces").error("\"" + phrase + "\" is also a name of " + countries.get(owner).code());
            }
        }
        PhraseDictionary dictionary = builder.build();
        int n = dictionary.size();
        return new Gazetteer(countries, regions, dictionary, facts.countries(n), facts.kinds(n), facts.weak(n),
                places.build(), SalienceSettingsReader.read(root.optional("settings")));
    }

    private static boolean isAlpha2(String code) {
        return code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z'
                && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z';
    }

    /**
     * Whether a term can resolve a dateline. Demonyms and metonyms are no place; a weak name is too often
     * something else ("Georgia" the state), but a weak capital is still where a story was filed from
     * ("WELLINGTON", "SOFIA").
     */
    private static boolean namesAPlace(MentionKind kind, boolean weak) {
        return switch (kind) {
            case DEMONYM, METONYM, CURRENCY -> false;
            case CAPITAL -> true;
            default -> !weak;
        };
    }

    private static Map<String, Region> regions(JsoncNode node) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (JsoncNode item : node.asArray()) {
            item.allowOnly("id", "label", "m49", "parent");
            String id = item.required("id").asText();
            JsoncNode m49 = item.optional("m49");
            JsoncNode parent = item.optional("parent");
            if (parent != null && !regions.containsKey(parent.asText())) {
                throw parent.error("unknown parent region \"" + parent.asText() + "\" (list parents first)");
            }
            if (regions.put(id, new Region(id, item.required("label").asText(), m49 == null ? null : m49.asText(),
                    parent == null ? null : parent.asText())) != null) {
                throw item.required("id").error("duplicate region id \"" + id + "\"");
            }
        }
        return regions;
    }

    private static List<String> withAncestors(JsoncNode country, Map<String, Region> regions) {
        List<String> out = new ArrayList<>();
        JsoncNode list = country.optional("regions");
        if (list == null) {
            return out;
        }
        for (JsoncNode item : list.asArray()) {
            Region region = regions.get(item.asText());
            if (region == null) {
                throw item.error("unknown region \"" + item.asText() + "\"");
            }
            while (region != null && !out.contains(region.id())) {
                out.add(region.id());
                region = region.parent() == null ? null : regions.get(region.parent());
            }
        }
        return out;
    }

    private static List<String> withDefault(List<String> names, String name) {
        if (names.contains(name)) {
            return names;
        }
        List<String> all = new ArrayList<>(names);
        all.add(0, name);
        return all;
    }

    private static String withoutArticle(String term) {
        return term.regionMatches(true, 0, "the ", 0, 4) ? term.substring(4) : term;
    }

    /** All-capital words of two letters or more ("US", "UAE") are acronyms: matched exactly. */
    private static CaseMode caseModeOf(String phrase) {
        int letters = 0;
        boolean sawWord = false;
        for (int i = 0; i <= phrase.length(); i++) {
            char c = i < phrase.length() ? phrase.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLowerCase(c)) {
                    return CaseMode.CAPITALIZED;
                }
                letters++;
            } else if (letters > 0) {
                if (letters < 2) {
                    return CaseMode.CAPITALIZED;
                }
                sawWord = true;
                letters = 0;
            }
        }
        return sawWord ? CaseMode.EXACT : CaseMode.CAPITALIZED;
    }
}
