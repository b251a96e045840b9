package dev.articleclassifier.store;

import dev.articleclassifier.classify.RecordFields;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute names the table adds to the record fields of {@link dev.articleclassifier.classify.RecordFields}
 * (keys, index keys, S3 location), and small helpers to build and read attribute values without reflection.
 */
final class Items {

    /** Partition key: {@code ARTICLE#<articleId>} for the article item and all of its tag items. */
    static final String PK = "pk";
    /** Sort key: {@link #ARTICLE_SK} for the article item, {@code TAG#<kind>#<value>} for tag items. */
    static final String SK = "sk";
    /** Partition key of {@link #BY_TAG}: {@code TOPIC#…}, {@code COUNTRY#…}, … on tag items, {@code STATUS#…} on
     *  the article item. */
    static final String TAG_KEY = "tagKey";
    /** Sort key of {@link #BY_TAG}: {@code <sortTime>#<articleId>}. */
    static final String TIME_KEY = "timeKey";
    /** Sequencer in {@linkplain Sequencers#sortable sortable form}; every conditional write compares it. */
    static final String SEQ_KEY = "seqKey";

    static final String ARTICLE_ID = "articleId";
    static final String BUCKET = "bucket";
    static final String KEY = "key";
    static final String VERSION_ID = "versionId";
    static final String ETAG = "eTag";
    static final String SIZE = "size";
    static final String S3_URI = "s3Uri";
    static final String SEQUENCER = "sequencer";
    static final String INGESTED_AT = "ingestedAt";
    static final String DELETED_AT = "deletedAt";
    static final String BODY_TRUNCATED = "bodyTruncated";
    static final String TAG_KIND = "tagKind";
    static final String TAG_VALUE = "tagValue";
    /** The article item's {@code classifier.rulesHash}, repeated at the top level so that {@link #BY_TAG} can
     *  project it: a backfill then selects records tagged by other rules inside its Query. */
    static final String RULES_HASH = RecordFields.RULES_HASH;

    static final String ARTICLE_SK = "ARTICLE";
    static final String TAG_SK_PREFIX = "TAG#";
    static final String STATUS_PREFIX = "STATUS#";
    static final String DELETED = "DELETED";

    /** The one global secondary index: tag (or status) + time. */
    static final String BY_TAG = "byTag";

    private Items() {
    }

    static String pk(String articleId) {
        return "ARTICLE#" + articleId;
    }

    static String tagSk(TagKey tag) {
        return TAG_SK_PREFIX + tag.key();
    }

    static String statusKey(String status) {
        return STATUS_PREFIX + status;
    }

    static Map<String, AttributeValue> key(String articleId, String sk) {
        return Map.of(PK, s(pk(articleId)), SK, s(sk));
    }

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    static AttributeValue n(double value) {
        return AttributeValue.builder().n(Double.toString(value)).build();
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.builder().bool(value).build();
    }

    static AttributeValue list(List<AttributeValue> values) {
        return AttributeValue.builder().l(values).build();
    }

    static AttributeValue map(Map<String, AttributeValue> values) {
        return AttributeValue.builder().m(values).build();
    }

    /** The string value of an attribute, or {@code null} when absent or not a string. */
    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** The number value of an attribute, or {@code fallback} when absent. */
    static long number(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Long.parseLong(value.n());
    }

    /** The number value of an attribute as a double, or {@code fallback} when absent. */
    static double decimal(Map<String, AttributeValue> item, String name, double fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Double.parseDouble(value.n());
    }

    /** The map value of an attribute, or an empty map when absent or not a map. */
    static Map<String, AttributeValue> nested(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Map.of() : value.m();
    }
}
