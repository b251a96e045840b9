package dev.articleclassifier.cli.reclassify;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.cli.CommandRun;
import dev.articleclassifier.cli.SeededArticles;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.store.RecordListing;
import dev.articleclassifier.store.RecordSnapshot;
import dev.articleclassifier.testing.EmulatorBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bucket and a table on the emulators, two small rules files that disagree about one story, and stories
 * stored the way the function stores them: the object in S3, the record classified by rules A.
 */
final class ReclassifyFixtures {

    static final Instant INGESTED = Instant.parse("2016-03-01T08:00:00Z");

    /** Tagged football only by rules B, which know the word "striker". */
    static final String STRIKER_STORY = """
            Striker joins harbour club on a three-year deal

            PORTSMOUTH, March 6 (Reuters) - A young striker from the north signed a three-year contract with the \
            harbour club on Wednesday, the club said.

            The striker scored in each of his last four games for his old side and should start on Saturday.
            """;

    /** Tagged flooding by both rules files. */
    static final String FLOOD_STORY = """
            Flood waters rise along the river

            NAIROBI, May 2 (AP) - A flood forced thousands from their homes when the river burst its banks after \
            a week of heavy rain, officials said on Thursday.
            """;

    final EmulatorBackend backend = EmulatorBackend.shared();
    final String bucket = "wire-" + UUID.randomUUID();
    final String table = "articles-" + UUID.randomUUID();
    final DynamoDbArticleStore store;
    final ArticleQueries queries;
    final RecordListing listing;
    final Path rulesA;
    final Path rulesB;
    final DocumentClassifier classifierA;
    final DocumentClassifier classifierB;

    ReclassifyFixtures(Path dir) {
        backend.createBucket(bucket);
        backend.createTable(table);
        store = new DynamoDbArticleStore(backend.dynamo(), table);
        queries = new ArticleQueries(backend.dynamo(), table);
        listing = new RecordListing(backend.dynamo(), table);
        rulesA = write(dir.resolve("rules-a.jsonc"), rules("\"goal\": 2"));
        rulesB = write(dir.resolve("rules-b.jsonc"), rules("\"goal\": 2, \"striker\": 4"));
        classifierA = DocumentClassifier.withRules(rulesA);
        classifierB = DocumentClassifier.withRules(rulesB);
    }

    /** Flooding and football; only the football terms differ between the two files. */
    private static String rules(String footballTerms) {
        return """
                {
                  // rules written for the reclassify tests
                  "version": "test-reclassify",
                  "settings": {"threshold": 0.3},
                  "topics": [
                    {"id": "flooding", "label": "Flooding", "iptc": "medtop:20000148",
                     "terms": {"flood": 3, "river": 1}},
                    {"id": "football", "label": "Football", "iptc": "medtop:20000822",
                     "terms": {%s}}
                  ]
                }
                """.formatted(footballTerms);
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the story and stores its record as the function would have, with {@code classifier}. */
    String seed(String key, String text, String sequencer, DocumentClassifier classifier) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String eTag = backend.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes)).eTag();
        ObjectRef object = new ObjectRef(bucket, key, null, eTag, bytes.length);
        String name = key.substring(key.lastIndexOf('/') + 1);
        store.put(new ArticleRecord(object, sequencer, INGESTED, classifier.classify(bytes, name)));
        return ArticleId.of(bucket, key);
    }

    /** Drops the top-level {@code rulesHash}, as on article items written before it was added. */
    void storedBeforeTopLevelRulesHash(String articleId) {
        backend.dynamo().updateItem(b -> b.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("ARTICLE#" + articleId), "sk", AttributeValue.fromS("ARTICLE")))
                .updateExpression("REMOVE rulesHash"));
    }

    RecordSnapshot snapshot(String articleId) {
        return listing.snapshot(articleId).orElseThrow();
    }

    /** {@code article-classifier reclassify ARGS} against this table and bucket. */
    CommandRun reclassify(String... args) {
        List<String> all = new ArrayList<>(List.of("reclassify"));
        all.addAll(List.of(args));
        all.addAll(List.of("--table", table, "--endpoint", backend.dynamoEndpoint().toString(),
                "--s3-endpoint", backend.s3Endpoint().toString()));
        return CommandRun.of(all);
    }
}
