package dev.articleclassifier.cli.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * True and false positives per topic and for countries, and the precision, recall and F1 they give. The macro
 * average is taken over the topics the gold set has documents for: a topic no gold document carries has no
 * recall to measure, and counting its F1 as 0 would make every rules file look worse the more topics it has.
 * Such topics are still listed (their false positives are worth seeing), marked as not averaged.
 */
final class Scores {

    private final Map<String, int[]> topics = new TreeMap<>();
    private final int[] countries = new int[3];
    private int documents;
    private int countryDocuments;
    private int topicsSaid;
    private int topicsGold;
    private int wholeSetsRight;

    void addTopics(Set<String> gold, Set<String> predicted) {
        documents++;
        topicsSaid += predicted.size();
        topicsGold += gold.size();
        if (gold.equals(predicted)) {
            wholeSetsRight++;
        }
        Set<String> all = new TreeSet<>(gold);
        all.addAll(predicted);
        for (String topic : all) {
            int[] c = topics.computeIfAbsent(topic, k -> new int[3]);
            tally(c, gold.contains(topic), predicted.contains(topic));
        }
    }

    void addCountries(Set<String> gold, Set<String> predicted) {
        countryDocuments++;
        Set<String> all = new TreeSet<>(gold);
        all.addAll(predicted);
        for (String code : all) {
            tally(countries, gold.contains(code), predicted.contains(code));
        }
    }

    private static void tally(int[] c, boolean isGold, boolean isPredicted) {
        if (isGold && isPredicted) {
            c[0]++;
        } else if (isPredicted) {
            c[1]++;
        } else {
            c[2]++;
        }
    }

    void print(PrintStream out) {
        out.printf("%s%n%n%-22s %9s %9s %9s %8s%n", documents(documents), "topic", "precision", "recall", "F1", "gold");
        topics.forEach((topic, c) -> {
            double[] prf = prf(c);
            int gold = c[0] + c[2];
            if (gold > 0) {
                out.printf("%-22s %9.3f %9.3f %9.3f %8d%n", topic, prf[0], prf[1], prf[2], gold);
            } else {
                out.printf("%-22s %9.3f %9s %9s %8d  (no gold document: not averaged)%n", topic, prf[0], "-", "-", 0);
            }
        });
        double[] micro = prf(microCounts());
        out.printf("%-22s %9.3f %9.3f %9.3f%n", "micro (every tag)", micro[0], micro[1], micro[2]);
        out.printf("%-22s %29.3f  (over the %s with gold documents)%n", "macro F1",
                macroF1(), topicCount(topics.values().stream().filter(c -> c[0] + c[2] > 0).count()));
        if (documents > 0) {
            out.printf("%ntopics per document: said %.2f, gold %.2f (ratio %.2f); whole set right %.1f%%%n",
                    (double) topicsSaid / documents, (double) topicsGold / documents,
                    topicsGold == 0 ? 0 : (double) topicsSaid / topicsGold, 100.0 * wholeSetsRight / documents);
        }
        if (countryDocuments > 0) {
            double[] prf = prf(countries);
            out.printf("%ncountries (%s): precision %.3f  recall %.3f  F1 %.3f%n",
                    documents(countryDocuments), prf[0], prf[1], prf[2]);
        }
    }

    /** True positives, false positives and false negatives over every tag: the per-topic counts added up. */
    private int[] microCounts() {
        int[] sum = new int[3];
        topics.values().forEach(c -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        });
        return sum;
    }

    /** Mean F1 of the topics that have gold documents; 0 when none has. */
    double macroF1() {
        return topics.values().stream().filter(c -> c[0] + c[2] > 0).mapToDouble(c -> prf(c)[2]).average()
                .orElse(0);
    }

    private static String topicCount(long n) {
        return n == 1 ? "1 topic" : n + " topics";
    }

    static String documents(int n) {
        return n + (n == 1 ? " document" : " documents");
    }

    private static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
