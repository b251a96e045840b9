package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crac.Core;

/**
 * The Lambda entry point for S3 event notifications on the incoming bucket. It only decodes the event; the
 * {@link ArticlePipeline} fetches, classifies and stores each record.
 *
 * <p>Everything expensive (SDK clients, rules, gazetteer) is built in the constructor, once per container, and
 * warmed before a SnapStart snapshot by {@link SnapStartPriming}. The invocation fails, after every record was
 * tried, only when a record failed transiently, so Lambda retries the event and finally hands it to the
 * on-failure destination.
 *
 * <p>The result maps each outcome (see {@link RecordOutcome.Outcome#label()}) to its count, plus {@code records}.
 */
public final class ArticleHandler implements RequestHandler<S3Event, Map<String, Integer>> {

    private final ArticlePipeline pipeline;
    // Held here because the CRaC context keeps registered resources only weakly.
    private final SnapStartPriming priming;

    /** Builds real clients from the environment (see {@link EnvironmentVariables}); used by the Lambda runtime. */
    public ArticleHandler() {
        this(HandlerComponents.fromEnvironment(System.getenv()), RecordLog.jsonLines(System.out::println));
    }

    /** Given collaborators, for the local run, benchmarks and tests. */
    public ArticleHandler(HandlerComponents components, RecordLog log) {
        this.pipeline = new ArticlePipeline(components.source(), components.classifiers(), components.store(), log,
                Clock.systemUTC());
        this.priming = new SnapStartPriming(components.classifiers(), components.warmUps());
        Core.getGlobalContext().register(priming);
    }

    @Override
    public Map<String, Integer> handleRequest(S3Event event, Context context) {
        return summarize(pipeline.process(S3EventDecoder.decode(event)));
    }

    /** The priming hook, for callers that want the warm-up without a CRaC checkpoint (benchmarks). */
    public SnapStartPriming priming() {
        return priming;
    }

    private static Map<String, Integer> summarize(List<RecordOutcome> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("records", outcomes.size());
        for (RecordOutcome outcome : outcomes) {
            counts.merge(outcome.outcome().label(), 1, Integer::sum);
        }
        return counts;
    }
}
