package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.decimal;
import static dev.articleclassifier.store.Items.nested;
import static dev.articleclassifier.store.Items.number;
import static dev.articleclassifier.store.Items.string;

import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RecordFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads items back into the store's read models. */
final class ItemReader {

    private ItemReader() {
    }

    static StoredArticle article(Map<String, AttributeValue> item) {
        AttributeValue truncated = item.get(Items.BODY_TRUNCATED);
        return new StoredArticle(string(item, Items.ARTICLE_ID), string(item, Items.BUCKET), string(item, Items.KEY),
                string(item, Items.VERSION_ID), string(item, Items.S3_URI), string(item, Items.SEQUENCER),
                string(item, RecordFields.STATUS), string(item, RecordFields.REASON),
                string(item, RecordFields.HEADLINE), string(item, RecordFields.AGENCY),
                string(item, RecordFields.PUBLISHED), string(item, RecordFields.BODY),
                truncated != null && Boolean.TRUE.equals(truncated.bool()), number(item, RecordFields.WORD_COUNT, -1),
                ids(item, RecordFields.TOPICS, RecordFields.ID), ids(item, RecordFields.COUNTRIES, RecordFields.CODE),
                ids(item, RecordFields.REGIONS, RecordFields.ID), string(item, Items.INGESTED_AT),
                string(item, Items.DELETED_AT), string(item, RecordFields.BYLINE), string(item, RecordFields.SITE),
                string(item, RecordFields.URL));
    }

    /** The parts of an article item a rewrite needs; {@code ingestedAt} falls back to the epoch when unreadable. */
    static RecordSnapshot snapshot(Map<String, AttributeValue> item) {
        ObjectRef object = new ObjectRef(string(item, Items.BUCKET), string(item, Items.KEY),
                string(item, Items.VERSION_ID), string(item, Items.ETAG), number(item, Items.SIZE, -1));
        AttributeValue classifier = item.get(RecordFields.CLASSIFIER);
        String rulesHash = classifier == null || !classifier.hasM() ? null
                : string(classifier.m(), RecordFields.RULES_HASH);
        return new RecordSnapshot(string(item, Items.ARTICLE_ID), object, string(item, Items.SEQUENCER),
                instant(string(item, Items.INGESTED_AT)), string(item, RecordFields.STATUS), rulesHash,
                ids(item, RecordFields.TOPICS, RecordFields.ID), ids(item, RecordFields.COUNTRIES, RecordFields.CODE));
    }

    private static Instant instant(String utc) {
        try {
            return utc == null ? Instant.EPOCH : Instant.parse(utc);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static ArticleSummary summary(Map<String, AttributeValue> item) {
        String timeKey = string(item, Items.TIME_KEY);
        AttributeValue score = item.get(RecordFields.SCORE);
        return new ArticleSummary(string(item, Items.ARTICLE_ID), string(item, RecordFields.HEADLINE),
                string(item, RecordFields.AGENCY), string(item, RecordFields.PUBLISHED),
                timeKey == null ? null : timeKey.substring(0, timeKey.lastIndexOf('#')),
                string(item, RecordFields.STATUS), string(item, RecordFields.REASON), string(item, Items.BUCKET),
                string(item, Items.KEY), string(item, Items.S3_URI), string(item, Items.TAG_VALUE),
                score == null ? null : Double.valueOf(score.n()));
    }

    /** The tags of an article item with their evidence; tags without an id are skipped. */
    static StoredTags tags(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> dateline = nested(item, RecordFields.DATELINE);
        Map<String, AttributeValue> classifier = nested(item, RecordFields.CLASSIFIER);
        return new StoredTags(tags(item, RecordFields.TOPICS, RecordFields.ID, RecordFields.LABEL),
                tags(item, RecordFields.NEAR_MISSES, RecordFields.ID, RecordFields.LABEL),
                tags(item, RecordFields.COUNTRIES, RecordFields.CODE, RecordFields.NAME),
                tags(item, RecordFields.REGIONS, RecordFields.ID, RecordFields.LABEL),
                string(dateline, RecordFields.PLACE), string(dateline, RecordFields.COUNTRY),
                string(item, RecordFields.LANGUAGE), string(classifier, RecordFields.RULES_HASH),
                string(classifier, RecordFields.VERSION));
    }

    private static List<StoredTags.Tag> tags(Map<String, AttributeValue> item, String listName, String idName,
                                             String labelName) {
        return maps(item.get(listName)).stream().filter(tag -> string(tag, idName) != null)
                .map(tag -> new StoredTags.Tag(string(tag, idName), string(tag, labelName),
                        decimal(tag, RecordFields.SCORE, 0),
                        tag.containsKey(RecordFields.MENTIONS) ? (int) number(tag, RecordFields.MENTIONS, 0) : null,
                        evidence(tag), string(tag, RecordFields.RULE), string(tag, RecordFields.WHY)))
                .toList();
    }

    private static List<Evidence> evidence(Map<String, AttributeValue> tag) {
        return maps(tag.get(RecordFields.EVIDENCE)).stream().map(e -> new Evidence(string(e, RecordFields.TERM),
                (int) number(e, RecordFields.COUNT, 0), decimal(e, RecordFields.WEIGHT, 0))).toList();
    }

    private static List<Map<String, AttributeValue>> maps(AttributeValue list) {
        return list == null || !list.hasL() ? List.of()
                : list.l().stream().filter(AttributeValue::hasM).map(AttributeValue::m).toList();
    }

    private static List<String> ids(Map<String, AttributeValue> item, String listName, String idName) {
        AttributeValue list = item.get(listName);
        if (list == null || !list.hasL()) {
            return List.of();
        }
        return list.l().stream().filter(AttributeValue::hasM).map(tag -> tag.m().get(idName))
                .filter(id -> id != null && id.s() != null).map(AttributeValue::s).toList();
    }
}
