package dev.articleclassifier.bench;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.classify.geo.Country;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.cli.Main;
import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ObjectRef;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Time of {@code query} and {@code stats} on a table of N articles (default 10,000) in the local emulators,
 * each beside a baseline measured in the same run: a bare SDK Query loop on the {@code byTag} index that reads
 * the same items (for {@code stats}: only their sort keys) and does nothing else. The commands run in-process
 * through {@code Main}, output discarded, so the figures are the command's work without JVM start-up.
 *
 * <p>Usage (after {@code npm ci}, from the project folder):
 * {@code java -cp target/test-classes:target/classes:CLASSPATH dev.articleclassifier.bench.QueryBenchmark [N] [RUNS]}.
 * Articles are spread over December 2015 with one or two topics, one to three countries and one of five agencies.
 */
public final class QueryBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 12, 1);
    private static final List<String> AGENCIES = List.of("Xinhua", "Reuters", "AFP", "AP", "TASS");
    private static final List<String> COUNTRY_POOL = List.of("RU", "FR", "TR", "SY", "US", "CN", "GB", "DE", "IN",
            "BR", "NG", "KE", "JP", "AF", "IQ", "IR", "EG", "UA", "MX", "AU");

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (LocalEmulators emulators = LocalEmulators.start(Path.of(System.getProperty("user.dir")));
             DynamoDbClient dynamo = emulators.dynamoClient()) {
            String table = "bench-" + System.currentTimeMillis();
            TableFromTemplate.bundled().createTable(dynamo, table);
            long seedStart = System.nanoTime();
            seed(dynamo, table, articles);
            System.out.printf("seeded %d articles in %.1f s%n", articles, (System.nanoTime() - seedStart) / 1e9);
            String endpoint = emulators.dynamoEndpoint().toString();
            List<String> connection = List.of("--table", table, "--endpoint", endpoint);

            String[] topicQuery = {"query", "--topic", "terrorism", "--from", "2015-12-01", "--to", "2015-12-31",
                    "--limit", "1000000", "--format", "csv"};
            compare(runs, "query --topic terrorism, December (all rows, CSV, page size 100)",
                    () -> cli(topicQuery, connection),
                    () -> bareQuery(dynamo, table, "TOPIC#terrorism", 100, null));
            String[] bigPages = Arrays.copyOf(topicQuery, topicQuery.length + 2);
            bigPages[topicQuery.length] = "--page-size";
            bigPages[topicQuery.length + 1] = "1000";
            compare(runs, "query --topic terrorism, December (all rows, CSV, page size 1000)",
                    () -> cli(bigPages, connection),
                    () -> bareQuery(dynamo, table, "TOPIC#terrorism", 1000, null));
            compare(runs, "query --latest 100 (table)",
                    () -> cli(new String[] {"query", "--latest", "100"}, connection),
                    () -> bareFirstPage(dynamo, table, "STATUS#CLASSIFIED", 100));
            Classifier bundled = Classifier.bundled();
            List<String> topicKeys = bundled.rules().topics().stream().map(TopicRule::id).map(t -> "TOPIC#" + t).toList();
            List<String> countryKeys = bundled.gazetteer().countries().stream().map(c -> "COUNTRY#" + c.code()).toList();
            compare(runs, "stats --by topic --per day, December (" + topicKeys.size() + " Queries)",
                    () -> cli(new String[] {"stats", "--from", "2015-12-01", "--to", "2015-12-31"}, connection),
                    () -> bareCounts(dynamo, table, topicKeys));
            compare(runs, "stats --by country --per week, December (" + countryKeys.size() + " Queries)",
                    () -> cli(new String[] {"stats", "--from", "2015-12-01", "--to", "2015-12-31", "--by", "country",
                            "--per", "week", "--format", "csv"}, connection),
                    () -> bareCounts(dynamo, table, countryKeys));
            // stats runs its Queries four at a time; so does this baseline
            compare(runs, "stats --by topic, beside a 4-thread bare loop",
                    () -> cli(new String[] {"stats", "--from", "2015-12-01", "--to", "2015-12-31"}, connection),
                    () -> parallelCounts(dynamo, table, topicKeys));
            compare(runs, "stats --by country, beside a 4-thread bare loop",
                    () -> cli(new String[] {"stats", "--from", "2015-12-01", "--to", "2015-12-31", "--by", "country",
                            "--per", "week", "--format", "csv"}, connection),
                    () -> parallelCounts(dynamo, table, countryKeys));
        }
    }

    private static void compare(int runs, String name, IntSupplier command, IntSupplier baseline) {
        command.getAsInt();
        baseline.getAsInt();
        double[] commandMs = new double[runs];
        double[] baselineMs = new double[runs];
        int items = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            command.getAsInt();
            commandMs[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            items = baseline.getAsInt();
            baselineMs[i] = (System.nanoTime() - start) / 1e6;
        }
        double c = median(commandMs);
        double b = median(baselineMs);
        System.out.printf("%-70s command %8.1f ms   baseline %8.1f ms   ratio %.2fx   (%d items)%n", name, c, b, c / b,
                items);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int cli(String[] args, List<String> connection) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(connection);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        int status = run(all, discard);
        if (status != 0) {
            throw new IllegalStateException("command failed with status " + status + ": " + all);
        }
        return status;
    }

    /** {@code Main.run} is the command line's in-process entry; it is package-private, hence reflection. */
    private static int run(List<String> args, PrintStream out) {
        try {
            Method run = Main.class.getDeclaredMethod("run", List.class, java.io.InputStream.class, PrintStream.class,
                    PrintStream.class);
            run.setAccessible(true);
            return (int) run.invoke(null, args, System.in, out, System.err);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every item of one tag in December, newest first, pages of {@code pageSize}; returns the item count. */
    private static int bareQuery(DynamoDbClient dynamo, String table, String tagKey, int pageSize, String projection) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName("byTag")
                    .keyConditionExpression("tagKey = :t AND timeKey BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(tagKey),
                            ":from", AttributeValue.fromS("2015-12-01"), ":to", AttributeValue.fromS("2016-01-01")))
                    .scanIndexForward(false).limit(pageSize).exclusiveStartKey(start);
            if (projection != null) {
                request.projectionExpression(projection);
            }
            QueryResponse response = dynamo.query(request.build());
            count += response.count();
            start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static int bareFirstPage(DynamoDbClient dynamo, String table, String tagKey, int limit) {
        return dynamo.query(b -> b.tableName(table).indexName("byTag").keyConditionExpression("tagKey = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(tagKey)))
                .scanIndexForward(false).limit(limit)).count();
    }

    /** Sort keys only, counted per day: the least a per-day count must read. */
    private static int bareCounts(DynamoDbClient dynamo, String table, List<String> tagKeys) {
        Map<String, Integer> perDay = new HashMap<>();
        int total = 0;
        for (String tagKey : tagKeys) {
            Map<String, AttributeValue> start = null;
            do {
                QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table).indexName("byTag")
                        .keyConditionExpression("tagKey = :t AND timeKey BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(tagKey),
                                ":from", AttributeValue.fromS("2015-12-01"), ":to", AttributeValue.fromS("2016-01-01")))
                        .projectionExpression("timeKey").limit(1000).exclusiveStartKey(start).build());
                for (Map<String, AttributeValue> item : response.items()) {
                    perDay.merge(tagKey + item.get("timeKey").s().substring(0, 10), 1, Integer::sum);
                }
                total += response.count();
                start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return total;
    }

    private static int parallelCounts(DynamoDbClient dynamo, String table, List<String> tagKeys) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (String tagKey : tagKeys) {
                counts.add(pool.submit(() -> bareCounts(dynamo, table, List.of(tagKey))));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Writes the items the store would write for each record, in batches of 25 from four threads. The store's
     * own {@code put} (conditional writes, one request per tag) takes about 180 ms per article on the emulator,
     * half an hour for 10,000; the items come from the store's mapper (package-private, hence reflection), so
     * the table holds exactly what the pipeline would have written.
     */
    private static void seed(DynamoDbClient dynamo, String table, int articles) throws Exception {
        Classifier bundled = Classifier.bundled();
        List<String> topics = bundled.rules().topics().stream().map(TopicRule::id).toList();
        Map<String, Country> countries = new HashMap<>();
        bundled.gazetteer().countries().forEach(c -> countries.put(c.code(), c));
        Class<?> mapperClass = Class.forName("dev.articleclassifier.store.ArticleItemMapper");
        java.lang.reflect.Constructor<?> constructor = mapperClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object mapper = constructor.newInstance();
        Method articleItem = mapperClass.getDeclaredMethod("articleItem", ArticleRecord.class, String.class);
        Method tagItems = mapperClass.getDeclaredMethod("tagItems", ArticleRecord.class, String.class);
        articleItem.setAccessible(true);
        tagItems.setAccessible(true);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ArticleRecord record = record(new Random(i), i, topics, countries, bundled);
            String id = ArticleId.of(record.object());
            items.add(cast(articleItem.invoke(mapper, record, id)));
            for (Object tag : (List<?>) tagItems.invoke(mapper, record, id)) {
                items.add(cast(tag));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 25) {
            List<Map<String, AttributeValue>> batch = items.subList(from, Math.min(items.size(), from + 25));
            done.add(pool.submit(() -> writeBatch(dynamo, table, batch)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%d items (article and tag items)%n", items.size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> cast(Object item) {
        return (Map<String, AttributeValue>) item;
    }

    private static void writeBatch(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        List<WriteRequest> writes = items.stream()
                .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build()).toList();
        Map<String, List<WriteRequest>> pending = Map.of(table, writes);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static ArticleRecord record(Random random, int i, List<String> topics, Map<String, Country> countries,
                                        Classifier bundled) {
        Instant published = FIRST_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .plusSeconds(random.nextInt(31 * 24 * 3600));
        List<TopicTag> topicTags = new ArrayList<>();
        int topicCount = 1 + random.nextInt(2);
        while (topicTags.size() < topicCount) {
            String id = topics.get(random.nextInt(topics.size()));
            if (topicTags.stream().noneMatch(t -> t.id().equals(id))) {
                topicTags.add(new TopicTag(id, id, "medtop:20000053", 0.9 - 0.2 * topicTags.size(),
                        List.of(new Evidence("term", 2, 3.0))));
            }
        }
        List<CountryTag> countryTags = new ArrayList<>();
        List<RegionTag> regionTags = new ArrayList<>();
        int countryCount = 1 + random.nextInt(3);
        while (countryTags.size() < countryCount) {
            Country country = countries.get(COUNTRY_POOL.get(random.nextInt(COUNTRY_POOL.size())));
            if (countryTags.stream().noneMatch(c -> c.code().equals(country.code()))) {
                countryTags.add(new CountryTag(country.code(), country.name(), 0.8, 2,
                        List.of(new Evidence(country.name(), 2, 2.0))));
                for (String region : country.regions()) {
                    if (regionTags.stream().noneMatch(r -> r.id().equals(region))) {
                        regionTags.add(new RegionTag(region, bundled.gazetteer().region(region).label(), null, 0.8));
                    }
                }
            }
        }
        Article article = new Article("Story " + i, AGENCIES.get(random.nextInt(AGENCIES.size())),
                published.toString(), null, List.of("Body of story " + i + "."), "en");
        Classification classification = new Classification(topicTags, countryTags, regionTags, "1.0.0", "bench");
        return new ArticleRecord(new ObjectRef("bench", "in/story-" + i + ".txt", null, "etag", 1000), "0A",
                Instant.parse("2016-01-02T00:00:00Z"), ClassifiedArticle.classified(article, classification));
    }
}
