package dev.articleclassifier.cli.reclassify;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.source.ObjectSource;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.RecordListing;
import dev.articleclassifier.store.RecordSnapshot;
import dev.articleclassifier.store.WriteOutcome;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Re-runs the classifier over one stored record: read the record (its sequencer and S3 version), read the
 * original object again, classify it with the current rules, and replace the record's classification only if
 * the record still comes from the same S3 event. The object is read and rejected exactly as the handler does,
 * so a record rewritten here is the record the function would write today. Thread-safe: workers share one.
 */
public final class RecordReclassifier {

    private final RecordListing listing;
    private final ObjectSource source;
    private final DocumentClassifier classifier;
    private final DynamoDbArticleStore store;
    private final boolean staleOnly;
    private final boolean dryRun;

    /**
     * @param staleOnly leave records already tagged by the classifier's rules hash alone
     * @param dryRun    classify and compare, but write nothing
     */
    public RecordReclassifier(RecordListing listing, ObjectSource source, DocumentClassifier classifier,
                              DynamoDbArticleStore store, boolean staleOnly, boolean dryRun) {
        this.listing = listing;
        this.source = source;
        this.classifier = classifier;
        this.store = store;
        this.staleOnly = staleOnly;
        this.dryRun = dryRun;
    }

    /** @throws RuntimeException on transient failures of S3 or DynamoDB (after the SDK's retries) */
    public Outcome reclassify(String articleId) {
        Optional<RecordSnapshot> found = listing.snapshot(articleId);
        if (found.isEmpty() || found.get().isDeleted() || found.get().sequencer() == null) {
            // listed a moment ago, gone or tombstoned now: a delete event got there first
            return Outcome.NEWER_EVENT;
        }
        RecordSnapshot stored = found.get();
        if (staleOnly && rulesHash().equals(stored.rulesHash())) {
            // The listing leaves out records whose top-level rulesHash is current, so this one was stored before
            // that attribute existed (or was re-tagged after it was listed): stamp it so the next run skips it.
            if (!dryRun) {
                store.copyRulesHashToTopLevel(stored.object(), stored.sequencer(), stored.rulesHash());
            }
            return Outcome.ALREADY_CURRENT;
        }
        FetchedObject fetched = source.fetch(stored.object());
        if (fetched instanceof FetchedObject.Missing) {
            return Outcome.MISSING_OBJECT;
        }
        ClassifiedArticle result = fetched instanceof FetchedObject.Content content
                ? classifier.classify(content.bytes(), content.fileName())
                : classifier.reject(((FetchedObject.Refused) fetched).reason());
        Outcome changed = tagsDiffer(stored, result) ? Outcome.TAGS_CHANGED : Outcome.UNCHANGED;
        if (dryRun) {
            return changed;
        }
        WriteOutcome written = store.replaceClassification(
                new ArticleRecord(stored.object(), stored.sequencer(), stored.ingestedAt(), result));
        return written == WriteOutcome.WRITTEN ? changed : Outcome.NEWER_EVENT;
    }

    public String rulesHash() {
        return classifier.classifier().rulesHash();
    }

    /** Order is ignored: a score shifting one topic ahead of another is not a change of tags. */
    private static boolean tagsDiffer(RecordSnapshot stored, ClassifiedArticle result) {
        List<String> topics = result.classification().topics().stream().map(TopicTag::id).toList();
        List<String> countries = result.classification().countries().stream().map(CountryTag::code).toList();
        return !new HashSet<>(stored.topics()).equals(new HashSet<>(topics))
                || !new HashSet<>(stored.countries()).equals(new HashSet<>(countries));
    }
}
