package dev.articleclassifier.cli.dashboard;

import static dev.articleclassifier.classify.RecordFields.CLASSIFIER;
import static dev.articleclassifier.classify.RecordFields.CODE;
import static dev.articleclassifier.classify.RecordFields.COUNT;
import static dev.articleclassifier.classify.RecordFields.COUNTRIES;
import static dev.articleclassifier.classify.RecordFields.COUNTRY;
import static dev.articleclassifier.classify.RecordFields.DATELINE;
import static dev.articleclassifier.classify.RecordFields.EVIDENCE;
import static dev.articleclassifier.classify.RecordFields.ID;
import static dev.articleclassifier.classify.RecordFields.LABEL;
import static dev.articleclassifier.classify.RecordFields.MENTIONS;
import static dev.articleclassifier.classify.RecordFields.NAME;
import static dev.articleclassifier.classify.RecordFields.PLACE;
import static dev.articleclassifier.classify.RecordFields.REGIONS;
import static dev.articleclassifier.classify.RecordFields.RULES_HASH;
import static dev.articleclassifier.classify.RecordFields.SCORE;
import static dev.articleclassifier.classify.RecordFields.TERM;
import static dev.articleclassifier.classify.RecordFields.TOPICS;
import static dev.articleclassifier.classify.RecordFields.WEIGHT;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The evidence stored with an article's tags: for each topic and country, the rule terms and place names that
 * fired, how often and with what weight. {@code ArticleQueries} returns tags as ids only, so this reads the same
 * record item (key as in {@code docs/table-design.md}) for just the tag lists, under the public
 * {@code RecordFields} names.
 */
final class StoredEvidence {

    private final DynamoDbClient dynamo;
    private final String tableName;

    StoredEvidence(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    /** One matched term. */
    record Term(String term, int count, double weight) {
    }

    /** A tag with its score and evidence; {@code mentions} is set for countries only. */
    record Tag(String id, String label, double score, Integer mentions, List<Term> evidence) {
    }

    /** The tags of one record; {@code datelinePlace} and {@code rulesHash} may be {@code null}. */
    record Tags(List<Tag> topics, List<Tag> countries, List<Tag> regions, String datelinePlace,
                String datelineCountry, String rulesHash) {

        static final Tags NONE = new Tags(List.of(), List.of(), List.of(), null, null, null);
    }

    Tags read(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS("ARTICLE#" + articleId), "sk", AttributeValue.fromS("ARTICLE")))
                .projectionExpression("#t, #c, #r, #d, #k")
                .expressionAttributeNames(Map.of("#t", TOPICS, "#c", COUNTRIES, "#r", REGIONS, "#d", DATELINE,
                        "#k", CLASSIFIER))).item();
        if (item == null || item.isEmpty()) {
            return Tags.NONE;
        }
        Map<String, AttributeValue> dateline = map(item.get(DATELINE));
        return new Tags(tags(item.get(TOPICS), ID, LABEL), tags(item.get(COUNTRIES), CODE, NAME),
                tags(item.get(REGIONS), ID, LABEL), string(dateline, PLACE), string(dateline, COUNTRY),
                string(map(item.get(CLASSIFIER)), RULES_HASH));
    }

    private static List<Tag> tags(AttributeValue list, String idName, String labelName) {
        if (list == null || !list.hasL()) {
            return List.of();
        }
        return list.l().stream().filter(AttributeValue::hasM).map(AttributeValue::m)
                .filter(tag -> string(tag, idName) != null)
                .map(tag -> new Tag(string(tag, idName), string(tag, labelName), number(tag, SCORE),
                        tag.containsKey(MENTIONS) ? (int) number(tag, MENTIONS) : null, terms(tag.get(EVIDENCE))))
                .toList();
    }

    private static List<Term> terms(AttributeValue list) {
        if (list == null || !list.hasL()) {
            return List.of();
        }
        return list.l().stream().filter(AttributeValue::hasM).map(AttributeValue::m)
                .map(e -> new Term(string(e, TERM), (int) number(e, COUNT), number(e, WEIGHT))).toList();
    }

    private static Map<String, AttributeValue> map(AttributeValue value) {
        return value == null || !value.hasM() ? Map.of() : value.m();
    }

    private static String string(Map<String, AttributeValue> m, String name) {
        AttributeValue value = m.get(name);
        return value == null ? null : value.s();
    }

    private static double number(Map<String, AttributeValue> m, String name) {
        AttributeValue value = m.get(name);
        return value == null || value.n() == null ? 0 : Double.parseDouble(value.n());
    }
}
