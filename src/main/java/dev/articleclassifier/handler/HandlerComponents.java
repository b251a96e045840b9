package dev.articleclassifier.handler;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.source.ObjectSource;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.store.ArticleStore;
import dev.articleclassifier.store.DynamoDbArticleStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything the handler needs, built once per container: where objects come from, where the compiled rules come
 * from, where records go, and harmless calls that warm the SDK clients before a SnapStart snapshot.
 *
 * @param source      reads objects
 * @param classifiers the rules in force for each batch: fixed, or refreshed from an S3 object
 * @param store       article records
 * @param warmUps     calls made before a snapshot to load and initialise the SDK's code paths; failures are ignored
 */
public record HandlerComponents(ObjectSource source, ClassifierProvider classifiers, ArticleStore store,
                                List<Runnable> warmUps) {

    public HandlerComponents {
        warmUps = List.copyOf(warmUps);
    }

    /** Fixed rules: the classifier is used for every batch. */
    public HandlerComponents(ObjectSource source, DocumentClassifier classifier, ArticleStore store,
                             List<Runnable> warmUps) {
        this(source, ClassifierProvider.fixed(classifier), store, warmUps);
    }

    /** The rules in force now. */
    public DocumentClassifier classifier() {
        return classifiers.current();
    }

    /** Real clients from the environment: what the function uses in Lambda and under {@code sam local invoke}. */
    public static HandlerComponents fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, System.out::println);
    }

    /**
     * As {@link #fromEnvironment(Map)}, writing the rules' log lines to {@code log}. The rules and gazetteer are
     * compiled on a thread of their own while the SDK clients are built ({@link InBackground}).
     */
    public static HandlerComponents fromEnvironment(Map<String, String> env, Consumer<String> log) {
        HandlerConfig config = HandlerConfig.fromEnvironment(env);
        InBackground<DocumentClassifier> rules = InBackground.start("rules", new RulesOf(config));
        SdkHttpClient http = AwsClients.httpClient();
        S3Client s3 = AwsClients.s3(http, env);
        DynamoDbClient dynamo = AwsClients.dynamo(http);
        return withClients(s3, dynamo, config, rules.get(), Clock.systemUTC(), log);
    }

    /** Given clients (the local stack's, or a test backend's) and a configuration. */
    public static HandlerComponents withClients(S3Client s3, DynamoDbClient dynamo, HandlerConfig config) {
        return withClients(s3, dynamo, config, Clock.systemUTC(), System.out::println);
    }

    /**
     * As {@link #withClients(S3Client, DynamoDbClient, HandlerConfig)}, with the clock that times rules refreshes
     * and the sink of the rules' log lines.
     */
    public static HandlerComponents withClients(S3Client s3, DynamoDbClient dynamo, HandlerConfig config,
                                                Clock clock, Consumer<String> log) {
        return withClients(s3, dynamo, config, new RulesOf(config).call(), clock, log);
    }

    /** As above, with the classifier of the configured rules file or of the bundled rules already built. */
    private static HandlerComponents withClients(S3Client s3, DynamoDbClient dynamo, HandlerConfig config,
                                                 DocumentClassifier fixed, Clock clock, Consumer<String> log) {
        ClassifierProvider classifiers = config.rulesObject()
                .<ClassifierProvider>map(location -> new S3RulesProvider(s3, location, config.rulesRefresh(), clock,
                        fixed, log))
                .orElseGet(() -> ClassifierProvider.fixed(fixed));
        DynamoDbArticleStore store = new DynamoDbArticleStore(dynamo, config.tableName());
        Runnable warmDynamo = () -> dynamo.describeTable(b -> b.tableName(config.tableName()));
        Runnable warmS3 = () -> s3.headBucket(b -> b.bucket(config.bucketName()));
        List<Runnable> warmUps = config.bucketName() == null ? List.of(warmDynamo, store::primeReads)
                : List.of(warmDynamo, store::primeReads, warmS3);
        return new HandlerComponents(new S3ObjectSource(s3, config.limits()), classifiers, store, warmUps);
    }

    /** The classifier of the configured rules file, or of the bundled rules when none is set. */
    private record RulesOf(HandlerConfig config) implements Callable<DocumentClassifier> {
        @Override
        public DocumentClassifier call() {
            return config.rulesFile().isPresent()
                    ? DocumentClassifier.withRules(config.rulesFile().get(), config.limits())
                    : DocumentClassifier.bundled(config.limits());
        }
    }
}
