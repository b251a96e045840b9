package dev.articleclassifier.handler;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.parse.ArticleParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Rules read from an S3 object ({@code RULES_S3_URI}), so operators change the rules without a redeploy.
 *
 * <p>At most once per refresh interval, the next batch asks S3 for the object with {@code If-None-Match} and the
 * ETag last read: an unchanged object costs one small request answered 304 and no recompiling. A changed object
 * is compiled and, when valid, replaces the rules in force; records then carry its rules hash.
 *
 * <p>A bad rules file never stops ingestion. An invalid object leaves the rules in force (the last good ones, or
 * the fallback) and is not compiled again until it changes; a missing object means the fallback rules (deleting
 * the object is how an operator returns to the bundled rules); S3 unreachable or denied keeps the rules in force
 * and tries again after the interval. Each case writes a WARN line.
 *
 * <p>Thread-safe; a Lambda container calls it from one thread. After a SnapStart restore the clock has moved on
 * past the next check, so the first batch looks at the object again.
 */
public final class S3RulesProvider implements ClassifierProvider {

    private final S3Client s3;
    private final S3RulesLocation location;
    private final Duration interval;
    private final Clock clock;
    private final DocumentClassifier fallback;
    private final Consumer<String> log;

    private DocumentClassifier current;
    private String eTag;
    private Instant nextCheck = Instant.MIN;

    /**
     * @param fallback the rules used until the object is read, and when it is missing (bundled or RULES_FILE)
     * @param log      receives one JSON line per rules change or warning
     */
    public S3RulesProvider(S3Client s3, S3RulesLocation location, Duration interval, Clock clock,
                           DocumentClassifier fallback, Consumer<String> log) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.location = Objects.requireNonNull(location, "location");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.log = Objects.requireNonNull(log, "log");
        this.current = fallback;
    }

    @Override
    public synchronized DocumentClassifier current() {
        Instant now = clock.instant();
        if (!now.isBefore(nextCheck)) {
            nextCheck = now.plus(interval);
            refresh();
        }
        return current;
    }

    private void refresh() {
        ResponseBytes<GetObjectResponse> object;
        try {
            object = s3.getObjectAsBytes(b -> b.bucket(location.bucket()).key(location.key()).ifNoneMatch(eTag));
        } catch (S3Exception e) {
            if (e.statusCode() == 304) {
                return;
            }
            if (e.statusCode() == 404) {
                missing();
            } else {
                warn("cannot read the rules object; the rules in force stay", e.getMessage());
            }
            return;
        } catch (SdkException e) {
            warn("cannot read the rules object; the rules in force stay", e.getMessage());
            return;
        }
        // Remembered even when the content is invalid, so a bad file is reported once, not compiled every interval.
        eTag = object.response().eTag();
        try {
            current = compile(object.asByteArray());
            Map<String, Object> line = JsonLogLines.line("INFO", "rules loaded");
            describe(line);
            log.accept(JsonLogLines.format(line));
        } catch (RuntimeException e) {
            warn("rules object is invalid; the rules in force stay", e.getMessage());
        }
    }

    private void missing() {
        eTag = null;
        current = fallback;
        warn("rules object is missing; using the fallback rules", null);
    }

    private DocumentClassifier compile(byte[] rules) {
        Classifier classifier = Classifier.withRules(rules, location.toString());
        return new DocumentClassifier(new ArticleParser(classifier.placeResolver()), classifier);
    }

    private void warn(String message, String reason) {
        Map<String, Object> line = JsonLogLines.line("WARN", message);
        describe(line);
        if (reason != null) {
            line.put("reason", reason);
        }
        log.accept(JsonLogLines.format(line));
    }

    private void describe(Map<String, Object> line) {
        line.put("rulesUri", location.toString());
        if (eTag != null) {
            line.put("eTag", eTag);
        }
        line.put("rulesHash", current.classifier().rulesHash());
    }
}
