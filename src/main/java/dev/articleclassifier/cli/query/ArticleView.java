package dev.articleclassifier.cli.query;

import static dev.articleclassifier.classify.RecordFields.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.cli.common.TableFormats;
import dev.articleclassifier.cli.common.TableFormats.Format;
import dev.articleclassifier.cli.common.TopicExplanation;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.StoredArticle;
import dev.articleclassifier.store.StoredTags;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code query --id} / {@code --s3}: one article record with the evidence behind each tag (which rule terms and
 * place names fired, how often, with what weight). The JSON Lines form uses the public {@code RecordFields}
 * names, as the table's item does, so scripts read it like the output of {@code classify}.
 *
 * <p>The table keeps the {@value #STORED_EVIDENCE} strongest terms of each tag (items stay small); when a tag
 * shows that many, the view says so, and {@code classify} on the S3 object shows them all.
 */
final class ArticleView {

    /** How many evidence terms per tag the table stores (the store's bound). */
    static final int STORED_EVIDENCE = 5;

    static final List<String> EVIDENCE_COLUMNS = List.of("kind", "tag", "label", "score", "term", "count", "weight");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleView() {
    }

    static int print(DynamoDbClient client, String table, String articleId, Format format, PrintStream out,
                     PrintStream err) {
        ArticleQueries queries = new ArticleQueries(client, table);
        Optional<StoredArticle> found = queries.byId(articleId);
        if (found.isEmpty()) {
            err.println("query: no article " + articleId + " in table " + table);
            return 1;
        }
        StoredArticle article = found.get();
        // the record may be deleted between the two reads; it is then shown without tags
        StoredTags tags = queries.tagsOf(articleId).orElse(StoredTags.NONE);
        switch (format) {
            case JSONL -> out.println(toJson(article, tags));
            case CSV -> TableFormats.csv(EVIDENCE_COLUMNS, evidenceRows(tags), out);
            case TABLE -> {
                // one record: nothing to align with, so values are shown whole (an S3 URI cut short is useless)
                TableFormats.table(List.of("field", "value"), fields(article, tags), out, Integer.MAX_VALUE);
                out.println();
                TableFormats.table(EVIDENCE_COLUMNS, evidenceRows(tags), out);
                if (evidenceCapped(tags)) {
                    out.println("(the table keeps the " + STORED_EVIDENCE + " strongest terms of each tag; "
                            + "'article-classifier classify' on the S3 object shows them all)");
                }
                out.println();
                out.println("topic decisions:");
                TopicExplanation.print(TopicExplanation.of(tags), tags.language(), out);
            }
        }
        out.flush();
        return 0;
    }

    static boolean evidenceCapped(StoredTags tags) {
        return java.util.stream.Stream.of(tags.topics(), tags.countries(), tags.regions()).flatMap(List::stream)
                .anyMatch(tag -> tag.evidence().size() >= STORED_EVIDENCE);
    }

    private static List<List<Object>> fields(StoredArticle a, StoredTags tags) {
        List<List<Object>> rows = new ArrayList<>();
        addField(rows, "articleId", a.articleId());
        addField(rows, "s3Uri", a.s3Uri());
        addField(rows, STATUS, a.status());
        addField(rows, REASON, a.reason());
        addField(rows, HEADLINE, a.headline());
        addField(rows, AGENCY, a.agency());
        addField(rows, PUBLISHED, a.published());
        addField(rows, BYLINE, a.byline());
        addField(rows, SITE, a.site());
        addField(rows, URL, a.url());
        addField(rows, LANGUAGE, tags.language());
        addField(rows, WORD_COUNT, a.wordCount() < 0 ? null : a.wordCount());
        addField(rows, "ingestedAt", a.ingestedAt());
        addField(rows, "deletedAt", a.deletedAt());
        if (tags.datelinePlace() != null || tags.datelineCountry() != null) {
            rows.add(List.of(DATELINE, orElse(tags.datelinePlace(), "") + " ("
                    + orElse(tags.datelineCountry(), "?") + ")"));
        }
        if (tags.rulesHash() != null || tags.classifierVersion() != null) {
            rows.add(List.of("rules", orElse(tags.rulesHash(), "") + " (classifier "
                    + orElse(tags.classifierVersion(), "?") + ")"));
        }
        return rows;
    }

    private static void addField(List<List<Object>> rows, String name, Object value) {
        if (value != null) {
            rows.add(List.of(name, value));
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** One row per evidence term of each topic and country, and one per region (regions come from countries). */
    static List<List<Object>> evidenceRows(StoredTags tags) {
        List<List<Object>> rows = new ArrayList<>();
        addTags(rows, "topic", tags.topics());
        addTags(rows, "country", tags.countries());
        addTags(rows, "region", tags.regions());
        return rows;
    }

    private static void addTags(List<List<Object>> rows, String kind, List<StoredTags.Tag> tags) {
        for (StoredTags.Tag tag : tags) {
            List<Object> head = List.of(kind, tag.id(), orElse(tag.label(), ""), TableFormats.rounded(tag.score()));
            if (tag.evidence().isEmpty()) {
                rows.add(withEvidence(head, null, null, null));
            }
            for (Evidence e : tag.evidence()) {
                rows.add(withEvidence(head, e.term(), e.count(), TableFormats.rounded(e.weight())));
            }
        }
    }

    private static List<Object> withEvidence(List<Object> head, String term, Integer count, Number weight) {
        List<Object> row = new ArrayList<>(head);
        row.add(term);
        row.add(count);
        row.add(weight);
        return row;
    }

    /** The record under its {@code RecordFields} names; absent values are left out. */
    static ObjectNode toJson(StoredArticle a, StoredTags tags) {
        ObjectNode node = JSON.createObjectNode();
        node.put("articleId", a.articleId()).put("bucket", a.bucket()).put("key", a.key())
                .put("versionId", a.versionId()).put("s3Uri", a.s3Uri()).put("sequencer", a.sequencer())
                .put(STATUS, a.status()).put(REASON, a.reason()).put(HEADLINE, a.headline()).put(AGENCY, a.agency())
                .put(PUBLISHED, a.published()).put(BYLINE, a.byline()).put(SITE, a.site()).put(URL, a.url())
                .put(LANGUAGE, tags.language());
        ObjectNode dateline = node.putObject(DATELINE).put(PLACE, tags.datelinePlace())
                .put(COUNTRY, tags.datelineCountry());
        node.put(BODY, a.body()).put("bodyTruncated", a.bodyTruncated());
        if (a.wordCount() >= 0) {
            node.put(WORD_COUNT, a.wordCount());
        }
        node.set(TOPICS, tagsJson(tags.topics(), ID, LABEL, true));
        node.set(NEAR_MISSES, tagsJson(tags.nearMisses(), ID, LABEL, true));
        node.set(COUNTRIES, tagsJson(tags.countries(), CODE, NAME, true));
        node.set(REGIONS, tagsJson(tags.regions(), ID, LABEL, false));
        ObjectNode classifier = node.putObject(CLASSIFIER).put(VERSION, tags.classifierVersion())
                .put(RULES_HASH, tags.rulesHash());
        node.put("ingestedAt", a.ingestedAt()).put("deletedAt", a.deletedAt());
        withoutNulls(dateline);
        withoutNulls(classifier);
        return withoutNulls(node);
    }

    private static ArrayNode tagsJson(List<StoredTags.Tag> tags, String idField, String labelField,
                                      boolean withEvidence) {
        ArrayNode array = JSON.createArrayNode();
        for (StoredTags.Tag tag : tags) {
            ObjectNode t = array.addObject().put(idField, tag.id()).put(labelField, tag.label())
                    .put(SCORE, tag.score()).put(MENTIONS, tag.mentions()).put(RULE, tag.rule()).put(WHY, tag.why());
            if (withEvidence) {
                ArrayNode evidence = t.putArray(EVIDENCE);
                tag.evidence().forEach(e -> evidence.addObject().put(TERM, e.term()).put(COUNT, e.count())
                        .put(WEIGHT, e.weight()));
            }
            withoutNulls(t);
        }
        return array;
    }

    private static ObjectNode withoutNulls(ObjectNode node) {
        node.properties().removeIf(field -> field.getValue().isNull()
                || field.getValue().isObject() && field.getValue().isEmpty());
        return node;
    }
}
