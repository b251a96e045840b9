package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.parse.Dateline;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.testing.EmulatorBackend;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fresh table on the emulators holding four classified December 2015 stories and one rejected file, and a
 * dashboard server over it on a free port. One of the headlines carries markup, as a hostile feed could send.
 */
final class SeededTable implements AutoCloseable {

    static final String BUCKET = "wire-desk";
    static final String KABUL = "Suicide bomber strikes Kabul market";
    static final String MOSCOW = "Ministers meet in Moscow for Syria talks";
    static final String KENYA = "Floods displace thousands in Kenya";
    /** Newest of the four; would run script and load an image if the page ever parsed it as HTML. */
    static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\">Markets rally "
            + "<script>document.title='pwned'</script>";

    static final String KABUL_KEY = "incoming/kabul.txt";

    final String table = "dashboard-" + UUID.randomUUID();
    final DashboardServer server;

    SeededTable() {
        EmulatorBackend backend = EmulatorBackend.shared();
        backend.createTable(table);
        DynamoDbArticleStore store = new DynamoDbArticleStore(backend.dynamo(), table);
        store.put(record(KABUL_KEY, "01", classified(KABUL, "2015-12-20T09:00:00Z", new Dateline("Kabul", "AF"),
                topic("terrorism", "Terrorism", 0.92, new Evidence("suicide bomber", 2, 3.5)),
                country("AF", "Afghanistan", 0.95, new Evidence("Kabul", 3, 2.0)),
                region("southern-asia", "Southern Asia", 0.95), region("asia", "Asia", 0.95))));
        store.put(record("incoming/moscow.txt", "02", classified(MOSCOW, "2015-12-22", new Dateline("Moscow", "RU"),
                topic("diplomacy", "Diplomacy and international relations", 0.8, new Evidence("talks", 2, 1.4)),
                country("RU", "Russia", 0.9, new Evidence("Moscow", 2, 1.8)),
                region("eastern-europe", "Eastern Europe", 0.9), region("europe", "Europe", 0.9))));
        store.put(record("incoming/kenya.txt", "03", classified(KENYA, "2015-12-23T06:30:00Z", null,
                topic("disaster", "Disaster and accident", 0.85, new Evidence("floods", 2, 2.2)),
                country("KE", "Kenya", 0.9, new Evidence("Kenya", 2, 1.5)),
                region("eastern-africa", "Eastern Africa", 0.9), region("sub-saharan-africa", "Sub-Saharan Africa", 0.9),
                region("africa", "Africa", 0.9))));
        store.put(record("incoming/markets.txt", "04", classified(HOSTILE, "2015-12-24T10:00:00Z", null,
                topic("economy", "Economy, business and finance", 0.7, new Evidence("stocks", 3, 1.9)),
                country("US", "United States", 0.6, new Evidence("Wall Street", 1, 1.0)),
                region("northern-america", "Northern America", 0.6), region("americas", "Americas", 0.6))));
        store.put(record("incoming/scan.pdf", "05",
                ClassifiedArticle.rejected("binary", Classification.none("test", "hash"))));
        ArticleQueries queries = new ArticleQueries(backend.dynamo(), table);
        server = DashboardServer.start(0, queries, Catalog.of(Classifier.bundled()));
    }

    static String kabulId() {
        return ArticleId.of(BUCKET, KABUL_KEY);
    }

    @Override
    public void close() {
        server.close();
        EmulatorBackend.shared().dynamo().deleteTable(b -> b.tableName(table));
    }

    private static ArticleRecord record(String key, String sequencer, ClassifiedArticle result) {
        return new ArticleRecord(new ObjectRef(BUCKET, key, null, "etag", 1_000), sequencer,
                Instant.parse("2016-01-05T08:00:00Z"), result);
    }

    private static ClassifiedArticle classified(String headline, String published, Dateline dateline, TopicTag topic,
                                                CountryTag country, RegionTag... regions) {
        Article article = new Article(headline, "Xinhua", published, dateline,
                List.of("First paragraph of " + headline + ".", "Second paragraph."), "en");
        return ClassifiedArticle.classified(article,
                new Classification(List.of(topic), List.of(country), List.of(regions), "test", "0123abcd"));
    }

    private static TopicTag topic(String id, String label, double score, Evidence evidence) {
        return new TopicTag(id, label, "medtop:0", score, List.of(evidence));
    }

    private static CountryTag country(String code, String name, double score, Evidence evidence) {
        return new CountryTag(code, name, score, evidence.count(), List.of(evidence));
    }

    private static RegionTag region(String id, String label, double score) {
        return new RegionTag(id, label, null, score);
    }
}
