package dev.articleclassifier.cli.classify;

import static dev.articleclassifier.classify.RecordFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicMiss;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.parse.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes one classified document as one line of JSON, with the public field names of
 * {@link dev.articleclassifier.classify.RecordFields}. Fields that do not apply are written as null, so every
 * line has the same shape.
 */
public final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ArticleJson() {
    }

    public static String toJsonLine(String file, ClassifiedArticle result) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField(FILE, file);
            g.writeStringField(STATUS, result.status().name());
            g.writeStringField(REASON, result.reason());
            writeArticle(g, result.article());
            writeClassification(g, result.classification());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeStringField(HEADLINE, a == null ? null : a.headline());
        g.writeStringField(AGENCY, a == null ? null : a.agency());
        g.writeStringField(PUBLISHED, a == null ? null : a.published());
        g.writeStringField(BYLINE, a == null ? null : a.byline());
        g.writeStringField(SITE, a == null ? null : a.site());
        g.writeStringField(URL, a == null ? null : a.url());
        g.writeFieldName(DATELINE);
        if (a == null || a.dateline() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField(PLACE, a.dateline().place());
            g.writeStringField(COUNTRY, a.dateline().country());
            g.writeEndObject();
        }
        g.writeStringField(BODY, a == null ? null : a.body());
        g.writeFieldName(WORD_COUNT);
        if (a == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.wordCount());
        }
        g.writeStringField(LANGUAGE, a == null ? null : a.language());
    }

    private static void writeClassification(JsonGenerator g, Classification c) throws IOException {
        g.writeArrayFieldStart(TOPICS);
        for (TopicTag t : c.topics()) {
            g.writeStartObject();
            g.writeStringField(ID, t.id());
            g.writeStringField(LABEL, t.label());
            g.writeStringField(IPTC, t.iptc());
            g.writeNumberField(SCORE, t.score());
            g.writeStringField(WHY, t.why());
            writeEvidence(g, t.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(NEAR_MISSES);
        for (TopicMiss m : c.nearMisses()) {
            g.writeStartObject();
            g.writeStringField(ID, m.id());
            g.writeStringField(LABEL, m.label());
            g.writeNumberField(SCORE, m.score());
            g.writeStringField(RULE, m.rule());
            g.writeStringField(WHY, m.why());
            writeEvidence(g, m.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(COUNTRIES);
        for (CountryTag t : c.countries()) {
            g.writeStartObject();
            g.writeStringField(CODE, t.code());
            g.writeStringField(NAME, t.name());
            g.writeNumberField(SCORE, t.score());
            g.writeNumberField(MENTIONS, t.mentions());
            writeEvidence(g, t.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(REGIONS);
        for (RegionTag r : c.regions()) {
            g.writeStartObject();
            g.writeStringField(ID, r.id());
            g.writeStringField(LABEL, r.label());
            g.writeStringField(M49, r.m49());
            g.writeNumberField(SCORE, r.score());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart(CLASSIFIER);
        g.writeStringField(VERSION, c.classifierVersion());
        g.writeStringField(RULES_HASH, c.rulesHash());
        g.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart(EVIDENCE);
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField(TERM, e.term());
            g.writeNumberField(COUNT, e.count());
            g.writeNumberField(WEIGHT, e.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
