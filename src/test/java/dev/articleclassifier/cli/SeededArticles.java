package dev.articleclassifier.cli;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.testing.EmulatorBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh table on the emulators, seeded with stories whose tags, agencies and dates the query and stats tests
 * know, and a way to run a command against it and capture what it prints.
 */
public final class SeededArticles {

    public static final String BUCKET = "wire-desk";
    public static final Instant INGESTED = Instant.parse("2016-02-01T08:00:00Z");

    /** One seeded story: where it lives, when it was published, what it is tagged with. */
    public record Story(String key, String headline, String agency, String published, String topic, String country,
                 String region) {
    }

    /** December 2015 plus one story in January, so ranges have something to leave out. */
    public static final List<Story> STORIES = List.of(
            new Story("in/ankara.txt", "Blast hits Ankara station", "Xinhua", "2015-12-03", "terrorism", "TR",
                    "western-asia"),
            new Story("in/paris.txt", "Ministers meet in Paris", "Reuters", "2015-12-03T10:00:00Z", "diplomacy",
                    "FR", "western-europe"),
            new Story("in/brasilia.txt", "Brazil holds rates", "Reuters", "2015-12-10", "economy", "BR",
                    "south-america"),
            new Story("in/kabul.txt", "Car bomb in Kabul", "AFP", "2015-12-24", "terrorism", "AF", "southern-asia"),
            new Story("in/istanbul.txt", "Istanbul attack, January", "Xinhua", "2016-01-05", "terrorism", "TR",
                    "western-asia"));

    public final String table = "articles-" + UUID.randomUUID();
    public final EmulatorBackend backend = EmulatorBackend.shared();
    public final DynamoDbArticleStore store;

    public SeededArticles() {
        backend.createTable(table);
        store = new DynamoDbArticleStore(backend.dynamo(), table);
    }

    public static SeededArticles seeded() {
        SeededArticles fixtures = new SeededArticles();
        STORIES.forEach(fixtures::put);
        return fixtures;
    }

    public void put(Story story) {
        putWithTopics(story, List.of(story.topic()));
    }

    /** Stores a story tagged with several topics, as a story about an attack at a summit is. */
    public void putWithTopics(Story story, List<String> topics) {
        Article article = new Article(story.headline(), story.agency(), story.published(), null,
                List.of("Body of " + story.headline()), "en");
        Classification classification = new Classification(
                topics.stream().map(topic -> new TopicTag(topic, topic, "medtop:20000053", 0.8,
                        List.of(new Evidence("bomb", 2, 3.5)))).toList(),
                List.of(new CountryTag(story.country(), story.country(), 0.9, 2,
                        List.of(new Evidence("capital of " + story.country(), 2, 1.0)))),
                List.of(new RegionTag(story.region(), story.region(), "000", 0.9)), "1.0.0", "feedface");
        store.put(new ArticleRecord(new ObjectRef(BUCKET, story.key(), null, "etag", 100), "0A", INGESTED,
                ClassifiedArticle.classified(article, classification)));
    }

    /** Runs {@code article-classifier ARGS --table T --endpoint E} and returns exit status and output. */
    public CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--table", table, "--endpoint", backend.dynamoEndpoint().toString()));
        return CommandRun.of(all);
    }
}
