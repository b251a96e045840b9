package dev.articleclassifier.cli.rules;

import dev.articleclassifier.cli.common.TableFormats;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.TopicTag;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a rules change does to a sample: per document, the topics gained, lost and the kept topics whose score
 * moved noticeably; per topic, how many documents gained or lost it. Countries and regions are not compared:
 * they come from the gazetteer, which both rules files share.
 */
final class DiffReport {

    /** A kept topic's score change worth showing; smaller moves are noise for a reader of the report. */
    static final double SCORE_MOVE = 0.1;

    /** One document's changes, in the order the topics were ranked. */
    record Change(String file, String headline, List<TopicTag> gained, List<TopicTag> lost,
                  List<TopicTag[]> moved) {

        boolean tagsChanged() {
            return !gained.isEmpty() || !lost.isEmpty();
        }
    }

    private final String oldHash;
    private final String newHash;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, int[]> perTopic = new TreeMap<>();
    /** Documents the parser (or the reader: unreadable, too large) rejected: file → reason. */
    private final Map<String, String> rejected = new LinkedHashMap<>();
    private int documents;

    DiffReport(String oldHash, String newHash) {
        this.oldHash = oldHash;
        this.newHash = newHash;
    }

    void add(String file, ClassifiedArticle before, ClassifiedArticle after) {
        documents++;
        if (before.article() == null) {
            // the same bytes and the same parser: rejected under both rules, so never a change
            rejected.put(file, before.reason());
            return;
        }
        Map<String, TopicTag> old = byId(before.classification().topics());
        Map<String, TopicTag> now = byId(after.classification().topics());
        List<TopicTag> gained = now.values().stream().filter(t -> !old.containsKey(t.id())).toList();
        List<TopicTag> lost = old.values().stream().filter(t -> !now.containsKey(t.id())).toList();
        List<TopicTag[]> moved = new ArrayList<>();
        now.values().stream().filter(t -> old.containsKey(t.id()))
                .filter(t -> Math.abs(t.score() - old.get(t.id()).score()) >= SCORE_MOVE - 1e-9)
                .forEach(t -> moved.add(new TopicTag[] {old.get(t.id()), t}));
        gained.forEach(t -> perTopic.computeIfAbsent(t.id(), k -> new int[2])[0]++);
        lost.forEach(t -> perTopic.computeIfAbsent(t.id(), k -> new int[2])[1]++);
        if (!gained.isEmpty() || !lost.isEmpty() || !moved.isEmpty()) {
            changes.add(new Change(file, after.article().headline(), gained, lost, moved));
        }
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    long documentsWithChangedTags() {
        return changes.stream().filter(Change::tagsChanged).count();
    }

    int rejected() {
        return rejected.size();
    }

    int documents() {
        return documents;
    }

    /** topic id → {documents that gained it, documents that lost it}. */
    Map<String, int[]> perTopic() {
        return perTopic;
    }

    void print(PrintStream out) {
        out.println("rules " + oldHash + " -> " + newHash);
        for (Change change : changes) {
            out.println();
            out.println(change.file() + "  \"" + change.headline() + "\"");
            change.gained().forEach(t -> out.printf("  + %s %.2f%n", t.id(), t.score()));
            change.lost().forEach(t -> out.printf("  - %s %.2f%n", t.id(), t.score()));
            change.moved().forEach(m -> out.printf("  ~ %s %.2f -> %.2f%n", m[1].id(), m[0].score(), m[1].score()));
        }
        if (!rejected.isEmpty()) {
            out.println();
            rejected.forEach((file, reason) -> out.println("rejected, not compared: " + file + " (" + reason + ")"));
        }
        out.println();
        long changed = documentsWithChangedTags();
        out.printf("%s, %d changed tags, %d only moved a score by %.1f or more, %d rejected%n",
                documents == 1 ? "1 document" : documents + " documents", changed, changes.size() - changed,
                SCORE_MOVE, rejected.size());
        if (!perTopic.isEmpty()) {
            out.println();
            List<List<Object>> rows = new ArrayList<>();
            perTopic.forEach((topic, counts) -> rows.add(List.of(topic, counts[0], counts[1])));
            TableFormats.table(List.of("topic", "gained", "lost"), rows, out);
        }
        out.flush();
    }

    private static Map<String, TopicTag> byId(List<TopicTag> tags) {
        Map<String, TopicTag> byId = new LinkedHashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        return byId;
    }
}
