package dev.articleclassifier.cli;

import static dev.articleclassifier.classify.RecordFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleclassifier.cli.TableFormats.Format;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code query --id} / {@code --s3}: one article record with the evidence behind each tag (which rule terms and
 * place names fired, how often, with what weight). The record's tags with their evidence are read as stored,
 * under the public {@code RecordFields} names, so the output says exactly what the table holds.
 */
final class QueryCommandArticle {

    /** Key and index attributes: how the table finds the record, not what the record says. */
    private static final Set<String> TABLE_KEYS = Set.of("pk", "sk", "tagKey", "timeKey", "seqKey");
    static final List<String> EVIDENCE_COLUMNS = List.of("kind", "tag", "label", "score", "term", "count", "weight");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCommandArticle() {
    }

    static int print(DynamoDbClient client, String table, String articleId, Format format, PrintStream out,
                     PrintStream err) {
        // the record's key as documented in docs/table-design.md
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("ARTICLE#" + articleId), "sk", AttributeValue.fromS("ARTICLE")))).item();
        if (item == null || item.isEmpty()) {
            err.println("query: no article " + articleId + " in table " + table);
            return 1;
        }
        JsonNode record = toJson(item);
        switch (format) {
            case JSONL -> out.println(record);
            case CSV -> TableFormats.csv(EVIDENCE_COLUMNS, evidenceRows(record), out);
            case TABLE -> {
                TableFormats.table(List.of("field", "value"), fields(record), out);
                out.println();
                TableFormats.table(EVIDENCE_COLUMNS, evidenceRows(record), out);
            }
        }
        out.flush();
        return 0;
    }

    private static List<List<Object>> fields(JsonNode record) {
        List<List<Object>> rows = new ArrayList<>();
        for (String name : List.of("articleId", "s3Uri", STATUS, REASON, HEADLINE, AGENCY, PUBLISHED, LANGUAGE,
                WORD_COUNT, "ingestedAt", "deletedAt")) {
            JsonNode value = record.get(name);
            if (value != null && !value.isNull()) {
                rows.add(List.of(name, value.isNumber() ? value.numberValue() : value.asText()));
            }
        }
        JsonNode dateline = record.path(DATELINE);
        if (dateline.isObject()) {
            rows.add(List.of(DATELINE, dateline.path(PLACE).asText("") + " (" + dateline.path(COUNTRY).asText("?") + ")"));
        }
        JsonNode classifier = record.path(CLASSIFIER);
        if (classifier.isObject()) {
            rows.add(List.of("rules", classifier.path(RULES_HASH).asText("") + " (classifier "
                    + classifier.path(VERSION).asText("?") + ")"));
        }
        return rows;
    }

    /** One row per evidence term of each topic and country, and one per region (regions come from countries). */
    static List<List<Object>> evidenceRows(JsonNode record) {
        List<List<Object>> rows = new ArrayList<>();
        addTags(rows, "topic", record.path(TOPICS), ID, LABEL);
        addTags(rows, "country", record.path(COUNTRIES), CODE, NAME);
        addTags(rows, "region", record.path(REGIONS), ID, LABEL);
        return rows;
    }

    private static void addTags(List<List<Object>> rows, String kind, JsonNode tags, String idField, String labelField) {
        for (JsonNode tag : tags) {
            List<Object> head = List.of(kind, tag.path(idField).asText(), tag.path(labelField).asText(""),
                    TableFormats.rounded(tag.path(SCORE).asDouble()));
            JsonNode evidence = tag.path(EVIDENCE);
            if (!evidence.isArray() || evidence.isEmpty()) {
                rows.add(withEvidence(head, null, null, null));
            }
            for (JsonNode e : evidence) {
                rows.add(withEvidence(head, e.path(TERM).asText(), e.path(COUNT).asInt(),
                        TableFormats.rounded(e.path(WEIGHT).asDouble())));
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

    static JsonNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = JSON.createObjectNode();
        item.entrySet().stream().filter(e -> !TABLE_KEYS.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.set(e.getKey(), toJson(e.getValue())));
        return node;
    }

    private static JsonNode toJson(AttributeValue value) {
        if (value.s() != null) {
            return JSON.getNodeFactory().textNode(value.s());
        }
        if (value.n() != null) {
            return JSON.getNodeFactory().numberNode(new BigDecimal(value.n()));
        }
        if (value.bool() != null) {
            return JSON.getNodeFactory().booleanNode(value.bool());
        }
        if (value.hasM()) {
            ObjectNode map = JSON.createObjectNode();
            value.m().forEach((k, v) -> map.set(k, toJson(v)));
            return map;
        }
        if (value.hasL()) {
            ArrayNode list = JSON.createArrayNode();
            value.l().forEach(v -> list.add(toJson(v)));
            return list;
        }
        return JSON.getNodeFactory().nullNode();
    }
}
