package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.bool;
import static dev.articleclassifier.store.Items.list;
import static dev.articleclassifier.store.Items.map;
import static dev.articleclassifier.store.Items.n;
import static dev.articleclassifier.store.Items.s;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RecordFields;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicMiss;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.parse.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns an {@link ArticleRecord} into the table's items: one article item holding the record under the field
 * names of {@link RecordFields}, and one small tag item per topic, country, region and agency.
 *
 * <p>Items stay far below DynamoDB's 400 KB limit whatever the input: the body is cut to an excerpt (the full text
 * stays in S3, at {@code s3Uri}), and headline and evidence are bounded too.
 */
final class ArticleItemMapper {

    static final int BODY_EXCERPT_CHARS = 2_000;
    static final int HEADLINE_CHARS = 500;
    static final int EVIDENCE_PER_TAG = 5;
    static final int TEXT_CHARS = 200;
    /** Longer addresses exist but are tracking junk; a browser's practical limit is about this. */
    static final int URL_CHARS = 2_000;

    /** The attributes tag items (and the article item) carry into the {@code byTag} index. */
    static final List<String> SUMMARY_ATTRIBUTES = List.of(Items.ARTICLE_ID, RecordFields.HEADLINE,
            RecordFields.AGENCY, RecordFields.PUBLISHED, RecordFields.STATUS, RecordFields.REASON, Items.BUCKET,
            Items.KEY, Items.S3_URI, Items.INGESTED_AT, Items.DELETED_AT, Items.TAG_KIND, Items.TAG_VALUE,
            RecordFields.SCORE, Items.RULES_HASH);

    Map<String, AttributeValue> articleItem(ArticleRecord record, String articleId) {
        ClassifiedArticle result = record.result();
        Map<String, AttributeValue> item = common(record, articleId, Items.ARTICLE_SK);
        item.put(Items.TAG_KEY, s(Items.statusKey(result.status().name())));
        item.put(RecordFields.FILE, s(record.object().uri()));
        putIfPresent(item, Items.VERSION_ID, record.object().versionId());
        putIfPresent(item, Items.ETAG, record.object().eTag());
        if (record.object().size() >= 0) {
            item.put(Items.SIZE, n(record.object().size()));
        }
        putIfPresent(item, RecordFields.REASON, bounded(result.reason(), TEXT_CHARS));
        Article article = result.article();
        if (article != null) {
            putArticle(item, article);
        }
        Classification classification = result.classification();
        if (classification != null) {
            // plain loops rather than streams and method references: this runs on the Lambda cold-start path
            List<AttributeValue> topics = new ArrayList<>();
            for (TopicTag tag : classification.topics()) {
                topics.add(topic(tag));
            }
            item.put(RecordFields.TOPICS, list(topics));
            if (!classification.nearMisses().isEmpty()) {
                List<AttributeValue> nearMisses = new ArrayList<>();
                for (TopicMiss miss : classification.nearMisses()) {
                    nearMisses.add(nearMiss(miss));
                }
                item.put(RecordFields.NEAR_MISSES, list(nearMisses));
            }
            List<AttributeValue> countries = new ArrayList<>();
            for (CountryTag tag : classification.countries()) {
                countries.add(country(tag));
            }
            item.put(RecordFields.COUNTRIES, list(countries));
            List<AttributeValue> regions = new ArrayList<>();
            for (RegionTag tag : classification.regions()) {
                regions.add(region(tag));
            }
            item.put(RecordFields.REGIONS, list(regions));
            Map<String, AttributeValue> classifier = new LinkedHashMap<>();
            putIfPresent(classifier, RecordFields.VERSION, classification.classifierVersion());
            putIfPresent(classifier, RecordFields.RULES_HASH, classification.rulesHash());
            item.put(RecordFields.CLASSIFIER, map(classifier));
            putIfPresent(item, Items.RULES_HASH, classification.rulesHash());
        }
        return item;
    }

    /** One item per distinct tag; none for a rejected record. */
    List<Map<String, AttributeValue>> tagItems(ArticleRecord record, String articleId) {
        Map<TagKey, Double> tags = tags(record.result());
        List<Map<String, AttributeValue>> items = new ArrayList<>(tags.size());
        if (tags.isEmpty()) {
            return items;
        }
        // What every tag item of the record shares, built once: its time key alone takes up to three date parses.
        Map<String, AttributeValue> shared = common(record, articleId, Items.ARTICLE_SK);
        Article article = record.result().article();
        putIfPresent(shared, RecordFields.HEADLINE, bounded(article.headline(), HEADLINE_CHARS));
        putIfPresent(shared, RecordFields.AGENCY, bounded(article.agency(), TEXT_CHARS));
        putIfPresent(shared, RecordFields.PUBLISHED, bounded(article.published(), TEXT_CHARS));
        for (Map.Entry<TagKey, Double> entry : tags.entrySet()) {
            TagKey tag = entry.getKey();
            Double score = entry.getValue();
            Map<String, AttributeValue> item = new HashMap<>(shared);
            item.put(Items.SK, s(Items.tagSk(tag)));
            item.put(Items.TAG_KEY, s(tag.key()));
            item.put(Items.TAG_KIND, s(tag.kind().name()));
            item.put(Items.TAG_VALUE, s(tag.value()));
            if (score != null) {
                item.put(RecordFields.SCORE, n(score));
            }
            items.add(item);
        }
        return items;
    }

    /** Every tag of a classified article with its score (none for an agency), first occurrence wins. */
    static Map<TagKey, Double> tags(ClassifiedArticle result) {
        Map<TagKey, Double> tags = new LinkedHashMap<>();
        if (result.status() != ClassifiedArticle.Status.CLASSIFIED || result.article() == null) {
            return tags;
        }
        Classification classification = result.classification();
        if (classification != null) {
            for (TopicTag t : classification.topics()) {
                tags.putIfAbsent(TagKey.topic(t.id()), t.score());
            }
            for (CountryTag c : classification.countries()) {
                tags.putIfAbsent(TagKey.country(c.code()), c.score());
            }
            for (RegionTag r : classification.regions()) {
                tags.putIfAbsent(TagKey.region(r.id()), r.score());
            }
        }
        String agency = result.article().agency();
        if (agency != null && !agency.isBlank()) {
            tags.putIfAbsent(TagKey.agency(agency), null);
        }
        return tags;
    }

    private Map<String, AttributeValue> common(ArticleRecord record, String articleId, String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        ClassifiedArticle result = record.result();
        String published = result.article() == null ? null : result.article().published();
        item.put(Items.PK, s(Items.pk(articleId)));
        item.put(Items.SK, s(sk));
        item.put(Items.TIME_KEY, s(TimeKeys.timeKey(TimeKeys.sortTime(published, record.ingestedAt()), articleId)));
        item.put(Items.SEQ_KEY, s(Sequencers.sortable(record.sequencer())));
        item.put(Items.SEQUENCER, s(record.sequencer()));
        item.put(Items.ARTICLE_ID, s(articleId));
        item.put(Items.BUCKET, s(record.object().bucket()));
        item.put(Items.KEY, s(record.object().key()));
        item.put(Items.S3_URI, s(record.object().uri()));
        item.put(Items.INGESTED_AT, s(TimeKeys.utc(record.ingestedAt())));
        item.put(RecordFields.STATUS, s(result.status().name()));
        return item;
    }

    private void putArticle(Map<String, AttributeValue> item, Article article) {
        String body = article.body();
        String excerpt = bounded(body, BODY_EXCERPT_CHARS);
        putIfPresent(item, RecordFields.HEADLINE, bounded(article.headline(), HEADLINE_CHARS));
        putIfPresent(item, RecordFields.AGENCY, bounded(article.agency(), TEXT_CHARS));
        putIfPresent(item, RecordFields.PUBLISHED, bounded(article.published(), TEXT_CHARS));
        putIfPresent(item, RecordFields.LANGUAGE, bounded(article.language(), TEXT_CHARS));
        putIfPresent(item, RecordFields.BYLINE, bounded(article.byline(), TEXT_CHARS));
        putIfPresent(item, RecordFields.SITE, bounded(article.site(), TEXT_CHARS));
        putIfPresent(item, RecordFields.URL, bounded(article.url(), URL_CHARS));
        if (article.dateline() != null) {
            Map<String, AttributeValue> dateline = new LinkedHashMap<>();
            putIfPresent(dateline, RecordFields.PLACE, bounded(article.dateline().place(), TEXT_CHARS));
            putIfPresent(dateline, RecordFields.COUNTRY, article.dateline().country());
            item.put(RecordFields.DATELINE, map(dateline));
        }
        putIfPresent(item, RecordFields.BODY, excerpt);
        item.put(Items.BODY_TRUNCATED, bool(excerpt != null && excerpt.length() < body.length()));
        item.put(RecordFields.WORD_COUNT, n(article.wordCount()));
    }

    private AttributeValue topic(TopicTag tag) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        putIfPresent(m, RecordFields.ID, tag.id());
        putIfPresent(m, RecordFields.LABEL, bounded(tag.label(), TEXT_CHARS));
        putIfPresent(m, RecordFields.IPTC, tag.iptc());
        m.put(RecordFields.SCORE, n(tag.score()));
        putIfPresent(m, RecordFields.WHY, bounded(tag.why(), TEXT_CHARS));
        m.put(RecordFields.EVIDENCE, evidence(tag.evidence()));
        return map(m);
    }

    private AttributeValue nearMiss(TopicMiss miss) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        putIfPresent(m, RecordFields.ID, miss.id());
        putIfPresent(m, RecordFields.LABEL, bounded(miss.label(), TEXT_CHARS));
        m.put(RecordFields.SCORE, n(miss.score()));
        putIfPresent(m, RecordFields.RULE, miss.rule());
        putIfPresent(m, RecordFields.WHY, bounded(miss.why(), TEXT_CHARS));
        m.put(RecordFields.EVIDENCE, evidence(miss.evidence()));
        return map(m);
    }

    private AttributeValue country(CountryTag tag) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        putIfPresent(m, RecordFields.CODE, tag.code());
        putIfPresent(m, RecordFields.NAME, bounded(tag.name(), TEXT_CHARS));
        m.put(RecordFields.SCORE, n(tag.score()));
        m.put(RecordFields.MENTIONS, n(tag.mentions()));
        m.put(RecordFields.EVIDENCE, evidence(tag.evidence()));
        return map(m);
    }

    private AttributeValue region(RegionTag tag) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        putIfPresent(m, RecordFields.ID, tag.id());
        putIfPresent(m, RecordFields.LABEL, bounded(tag.label(), TEXT_CHARS));
        putIfPresent(m, RecordFields.M49, tag.m49());
        m.put(RecordFields.SCORE, n(tag.score()));
        return map(m);
    }

    /** The strongest few terms: enough to explain a tag, bounded so a pathological article cannot bloat the item. */
    private AttributeValue evidence(List<Evidence> evidence) {
        List<AttributeValue> terms = new ArrayList<>(Math.min(evidence.size(), EVIDENCE_PER_TAG));
        for (Evidence e : evidence.subList(0, Math.min(evidence.size(), EVIDENCE_PER_TAG))) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            putIfPresent(m, RecordFields.TERM, bounded(e.term(), TEXT_CHARS));
            m.put(RecordFields.COUNT, n(e.count()));
            m.put(RecordFields.WEIGHT, n(e.weight()));
            terms.add(map(m));
        }
        return list(terms);
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
