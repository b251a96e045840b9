package dev.articleclassifier.store;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.parse.Dateline;
import java.time.Instant;
import java.util.List;

/** Builds the records the store tests write, without running the parser or classifier. */
final class Articles {

    static final String BUCKET = "wire-desk";
    static final Instant INGESTED = Instant.parse("2024-05-01T08:00:00Z");

    private Articles() {
    }

    /** A Moscow-datelined Xinhua story tagged with two topics, three countries and two regions. */
    static ClassifiedArticle multiLabel(String headline, String published) {
        Article article = new Article(headline, "Xinhua", published, new Dateline("Moscow", "RU"),
                List.of("MOSCOW, Dec. 24 (Xinhua) -- Russia, France and Turkey discussed the fight against "
                        + "the Islamic State group on Thursday.", "Talks will continue next week."), "en");
        Classification classification = new Classification(
                List.of(topic("terrorism", 0.9), topic("diplomacy", 0.6)),
                List.of(country("RU", "Russia", 0.9), country("FR", "France", 0.5), country("TR", "Turkey", 0.4)),
                List.of(new RegionTag("eastern-europe", "Eastern Europe", "151", 0.9),
                        new RegionTag("western-asia", "Western Asia", "145", 0.4)),
                "test-1", "abc123");
        return ClassifiedArticle.classified(article, classification);
    }

    /** A story tagged only with one topic and one country. */
    static ClassifiedArticle simple(String headline, String published, String topicId, String countryCode) {
        Article article = new Article(headline, "Reuters", published, null, List.of("Body of " + headline), "en");
        Classification classification = new Classification(List.of(topic(topicId, 0.7)),
                List.of(country(countryCode, countryCode, 0.7)), List.of(), "test-1", "abc123");
        return ClassifiedArticle.classified(article, classification);
    }

    /** A story saved from a web page, naming its author, site and address. */
    static ClassifiedArticle fromWebPage(String headline) {
        Article article = new Article(headline, "Reuters", "2023-05-04", null, List.of("Body of " + headline), "en",
                "Peter Hall", "Reuters", "https://www.reuters.example/markets/rates");
        return ClassifiedArticle.classified(article, new Classification(List.of(topic("economy", 0.5)),
                List.of(), List.of(), "test-1", "abc123"));
    }

    static ClassifiedArticle withBody(String body) {
        Article article = new Article("A very long story", "AFP", "2024-04-30", null, List.of(body), "en");
        return ClassifiedArticle.classified(article, new Classification(List.of(topic("economy", 0.5)),
                List.of(), List.of(), "test-1", "abc123"));
    }

    static ClassifiedArticle rejected(String reason) {
        return ClassifiedArticle.rejected(reason, Classification.none("test-1", "abc123"));
    }

    static ObjectRef object(String key) {
        return new ObjectRef(BUCKET, key, null, "etag-" + key.hashCode(), 1234);
    }

    static ArticleRecord record(String key, String sequencer, ClassifiedArticle result) {
        return new ArticleRecord(object(key), sequencer, INGESTED, result);
    }

    static ArticleRecord record(String key, String sequencer, Instant ingestedAt, ClassifiedArticle result) {
        return new ArticleRecord(object(key), sequencer, ingestedAt, result);
    }

    private static TopicTag topic(String id, double score) {
        return new TopicTag(id, id, "medtop:0", score, List.of(new Evidence(id, 2, score)));
    }

    private static CountryTag country(String code, String name, double score) {
        return new CountryTag(code, name, score, 2, List.of(new Evidence(name, 2, score)));
    }
}
