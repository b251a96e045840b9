package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.RegionTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions of an article, from the countries it is about: a region scores as its most salient country, and
 * regions come strongest first, ties in the order their countries were ranked (each country's own regions, most
 * specific first). Region memberships are resolved to indexes once, so ranking an article's regions is a few
 * array reads per country rather than map lookups by name.
 */
final class RegionRanker {

    private final Region[] regions;
    /** Per country index, the indexes of its regions, most specific first. */
    private final int[][] regionsOfCountry;

    RegionRanker(Gazetteer gazetteer) {
        Map<String, Integer> indexById = new HashMap<>();
        List<Country> countries = gazetteer.countries();
        regionsOfCountry = new int[countries.size()][];
        List<Region> known = new ArrayList<>();
        for (int c = 0; c < countries.size(); c++) {
            List<String> ids = countries.get(c).regions();
            int[] indexes = new int[ids.size()];
            for (int i = 0; i < indexes.length; i++) {
                Integer index = indexById.get(ids.get(i));
                if (index == null) {
                    index = known.size();
                    indexById.put(ids.get(i), index);
                    known.add(gazetteer.region(ids.get(i)));
                }
                indexes[i] = index;
            }
            regionsOfCountry[c] = indexes;
        }
        regions = known.toArray(new Region[0]);
    }

    /**
     * The regions of countries {@code countries[0 .. count)} (indexes into the gazetteer's list), ranked most
     * salient first, whose scores are {@code scores[0 .. count)}.
     */
    List<RegionTag> rank(int[] countries, double[] scores, int count) {
        // an article's few countries have a few regions: arrays of those, searched, not of every region
        int most = 0;
        for (int i = 0; i < count; i++) {
            most += regionsOfCountry[countries[i]].length;
        }
        int[] order = new int[most];
        double[] best = new double[most];
        int found = 0;
        for (int i = 0; i < count; i++) {
            for (int region : regionsOfCountry[countries[i]]) {
                int at = 0;
                while (at < found && order[at] != region) {
                    at++;
                }
                if (at == found) {
                    order[found] = region;
                    best[found++] = scores[i];
                } else {
                    best[at] = Math.max(best[at], scores[i]);
                }
            }
        }
        // strongest first; insertion keeps equal scores in the order found
        for (int i = 1; i < found; i++) {
            int region = order[i];
            double score = best[i];
            int at = i;
            while (at > 0 && Double.compare(best[at - 1], score) < 0) {
                order[at] = order[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            order[at] = region;
            best[at] = score;
        }
        RegionTag[] tags = new RegionTag[found];
        for (int i = 0; i < found; i++) {
            Region region = regions[order[i]];
            tags[i] = new RegionTag(region.id(), region.label(), region.m49(), best[i]);
        }
        return List.of(tags);
    }
}
