package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crac.Core;

/**
 * The Lambda entry point for S3 event notifications on the incoming bucket. It only decodes the event; the
 * {@link ArticlePipeline} fetches, classifies and stores each record.
 *
 * <p>A stream handler: the event's JSON is read by {@link S3EventDecoder}, not bound to a model class by the
 * runtime's reflective serialiser, which keeps that work and the event library out of the cold start.
 *
 * <p>Everything expensive (SDK clients, rules, gazetteer) is built in the constructor, once per container, and
 * warmed before a SnapStart snapshot by {@link SnapStartPriming}. The invocation fails, after every record was
 * tried, only when a record failed transiently, so Lambda retries the event and finally hands it to the
 * on-failure destination.
 *
 * <p>The result maps each outcome (see {@link RecordOutcome.Outcome#label()}) to its count, plus {@code records}.
 */
public final class ArticleHandler implements RequestStreamHandler {

    private final ArticlePipeline pipeline;
    private final LogContext logContext;
    // Held here because the CRaC context keeps registered resources only weakly.
    private final SnapStartPriming priming;

    /** Builds real clients from the environment (see {@link EnvironmentVariables}); used by the Lambda runtime. */
    public ArticleHandler() {
        this(new LogContext());
    }

    private ArticleHandler(LogContext logContext) {
        this(HandlerComponents.fromEnvironment(System.getenv(), stdout(logContext)),
                RecordLog.jsonLines(stdout(logContext)), logContext);
    }

    /** Given collaborators, for the local run, benchmarks and tests. */
    public ArticleHandler(HandlerComponents components, RecordLog log) {
        this(components, log, new LogContext());
    }

    /** Given collaborators and the context that stamps their log lines with the invocation. */
    public ArticleHandler(HandlerComponents components, RecordLog log, LogContext logContext) {
        this.pipeline = new ArticlePipeline(components.source(), components.classifiers(), components.store(), log,
                Clock.systemUTC());
        this.logContext = logContext;
        this.priming = new SnapStartPriming(components.classifiers(), components.warmUps());
        Core.getGlobalContext().register(priming);
    }

    /** Reads the S3 event's JSON, processes it, writes the outcome counts as a JSON object. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Integer> counts = handle(input.readAllBytes(), context);
        output.write(toJson(counts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Processes one S3 event given as JSON; {@code context} may be null outside Lambda.
     *
     * @throws PipelineFailureException after all records were tried, when any failed transiently
     */
    public Map<String, Integer> handle(byte[] eventJson, Context context) {
        logContext.begin(context == null ? null : context.getAwsRequestId());
        return summarize(pipeline.process(S3EventDecoder.decode(eventJson)));
    }

    /** As {@link #handle(byte[], Context)}, for JSON text such as {@link S3Notifications#event(List)} builds. */
    public Map<String, Integer> handle(String eventJson, Context context) {
        return handle(eventJson.getBytes(StandardCharsets.UTF_8), context);
    }

    /** The priming hook, for callers that want the warm-up without a CRaC checkpoint (benchmarks). */
    public SnapStartPriming priming() {
        return priming;
    }

    private static Consumer<String> stdout(LogContext logContext) {
        return logContext.stamping(System.out::println);
    }

    private static Map<String, Integer> summarize(List<RecordOutcome> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("records", outcomes.size());
        // plain loops rather than lambdas and method references: this runs on the Lambda cold start
        for (RecordOutcome outcome : outcomes) {
            String label = outcome.outcome().label();
            Integer n = counts.get(label);
            counts.put(label, n == null ? 1 : n + 1);
        }
        return counts;
    }

    /** Outcome labels are fixed lower-case words, so no escaping is needed. */
    static String toJson(Map<String, Integer> counts) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            json.append(json.length() > 1 ? "," : "").append('"').append(count.getKey()).append("\":")
                    .append(count.getValue());
        }
        return json.append('}').toString();
    }
}
