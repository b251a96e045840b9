package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.s;

import dev.articleclassifier.classify.RecordFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link ArticleStore} on one DynamoDB table (see {@code docs/table-design.md}), written without transactions so
 * that it runs unchanged on emulators that lack them.
 *
 * <p>A put reads the article's partition first (the article item's sequencer and the tag items, one query), writes
 * the record's tag items, deletes the tag items that no longer apply, and writes the article item last: the article
 * item is the commit point. The writes within one of these steps go side by side ({@link SideBySide}); a step
 * starts only when the one before it has finished. Every write is conditional on the S3 sequencer:
 * <ul>
 *   <li>the article item only if absent or holding a strictly older sequencer, so a duplicate event changes
 *       nothing (not even {@code ingestedAt}) and an older event never replaces a newer one;</li>
 *   <li>tag items if absent or holding an older <em>or equal</em> sequencer, so the redelivery of an event whose
 *       first attempt failed half-way completes it;</li>
 *   <li>tag deletions only for tags from strictly older events, so a newer event's tags survive.</li>
 * </ul>
 * After the commit, tag items of older events are swept once more: an older event running concurrently may have
 * written its tags and committed between this event's first sweep and its commit.
 * A failure between the steps leaves the previous article item intact and is repaired by the redelivery; a
 * redelivery of an event already committed repeats that last sweep, in case the first attempt failed during it.
 * An event that loses the race against a newer one removes the tag items it wrote.
 *
 * <p>{@link #markDeleted} keeps the record as a tombstone (status {@code DELETED}, {@code deletedAt}, tag items
 * removed) rather than removing it: the tombstone's sequencer is what makes an older, late put a no-op.
 */
public final class DynamoDbArticleStore implements ArticleStore {

    private final TableWrites table;
    private final ArticleItemMapper mapper = new ArticleItemMapper();

    public DynamoDbArticleStore(DynamoDbClient dynamo, String tableName) {
        this.table = new TableWrites(Objects.requireNonNull(dynamo, "dynamo"), Objects.requireNonNull(tableName));
    }

    /**
     * For SnapStart priming: the reads a put or a delete starts with (the query of the article's partition) and the
     * one they may need after a lost race (GetItem), for an article id no object has, so their marshallers are
     * loaded before the snapshot. Writes nothing.
     */
    public void primeReads() {
        String nobody = ArticleId.of("priming", "priming");
        table.partition(nobody);
        table.storedSeq(nobody);
    }

    @Override
    public WriteOutcome put(ArticleRecord record) {
        String articleId = ArticleId.of(record.object());
        String seq = Sequencers.sortable(record.sequencer());
        TableWrites.Partition before = table.partition(articleId);
        if (alreadyApplied(articleId, seq, before)) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
        List<Map<String, AttributeValue>> tags = mapper.tagItems(record, articleId);
        if (!putTags(tags, seq)) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
        Set<String> keep = sortKeys(tags);
        // Tags listed before this event's own were written: those of the record on file, or of an older event that
        // stopped half-way. Tags an older event writes from now on are swept after the commit.
        table.deleteOlderTagsAmong(articleId, before.tagSortKeys(), seq, keep);
        try {
            table.putArticleIfNewer(mapper.articleItem(record, articleId), seq);
            // An older event that passed its own check before this commit may have written tags since the sweep
            // above, and committed before this event did; they are older, so they go.
            table.deleteOlderTags(articleId, seq, keep);
            return WriteOutcome.WRITTEN;
        } catch (ConditionalCheckFailedException lostRace) {
            if (!table.articleIsExactly(articleId, seq)) {
                table.removeOwnTags(tags, seq);
            }
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
    }

    /**
     * Replaces a record's classification with {@code record}'s, only if the stored record still comes from the
     * same S3 event ({@code record.sequencer()}): this is how a backfill re-tags old records without ever undoing
     * a newer event. Tag items follow the same order as {@link #put} (new tags, then stale tags removed, the
     * article item last as the commit point); when the sequencer moved on half-way, the tags written under the
     * old sequencer are removed again, since the newer event owns the record.
     *
     * @return {@link WriteOutcome#WRITTEN}, or {@link WriteOutcome#STALE_EVENT_IGNORED} when the record is gone
     *         or a newer event (upload or delete) replaced it since it was read
     */
    public WriteOutcome replaceClassification(ArticleRecord record) {
        String articleId = ArticleId.of(record.object());
        String seq = Sequencers.sortable(record.sequencer());
        if (!table.articleIsExactly(articleId, seq)) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
        List<Map<String, AttributeValue>> tags = mapper.tagItems(record, articleId);
        if (!putTags(tags, seq)) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
        table.deleteTagsUpTo(articleId, seq, sortKeys(tags));
        try {
            table.putArticleIfSequencerIs(mapper.articleItem(record, articleId), seq);
            return WriteOutcome.WRITTEN;
        } catch (ConditionalCheckFailedException newerEvent) {
            table.removeOwnTags(tags, seq);
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
    }

    /**
     * Gives a record stored before the top-level {@code rulesHash} existed that attribute, copied from its
     * {@code classifier.rulesHash}, while it still comes from the same S3 event: a record already tagged by the
     * current rules then drops out of a stale listing without being re-tagged.
     *
     * @return {@link WriteOutcome#WRITTEN}, or {@link WriteOutcome#STALE_EVENT_IGNORED} when a newer event replaced
     *         the record or it was tagged by other rules meanwhile
     */
    public WriteOutcome copyRulesHashToTopLevel(ObjectRef object, String sequencer, String rulesHash) {
        return table.copyRulesHashToTopLevel(ArticleId.of(object), Sequencers.sortable(sequencer), rulesHash)
                ? WriteOutcome.WRITTEN : WriteOutcome.STALE_EVENT_IGNORED;
    }

    /**
     * Writes the tag items and returns once all are written; when a newer event owns one of them, removes the ones
     * this call wrote and returns {@code false}. The first is written alone: a newer event that owns one tag of the
     * article usually owns them all, and then nothing more is written; on a cold start it also loads the put's
     * classes once rather than in several threads at a time. The others go side by side, each conditional on its
     * own; a failed write is thrown once they have all finished, so nothing of this step still runs when the
     * caller goes on or gives up.
     */
    private boolean putTags(List<Map<String, AttributeValue>> tags, String seq) {
        if (tags.isEmpty()) {
            return true;
        }
        if (!table.putTagUnlessNewer(tags.get(0), seq)) {
            return false;
        }
        List<Supplier<Boolean>> puts = new ArrayList<>(tags.size() - 1);
        for (Map<String, AttributeValue> tag : tags.subList(1, tags.size())) {
            puts.add(() -> table.putTagUnlessNewer(tag, seq));
        }
        List<Boolean> done = SideBySide.all(puts);
        List<Map<String, AttributeValue>> written = new ArrayList<>(tags.size());
        written.add(tags.get(0));
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i)) {
                written.add(tags.get(i + 1));
            }
        }
        if (written.size() < tags.size()) {
            table.removeOwnTags(written, seq);
            return false;
        }
        return true;
    }

    /**
     * Whether the article item, as the partition read {@code before} found it, already holds this event or a newer
     * one. For this very event (a redelivery), the sweep of older tag items that follows its commit is repeated
     * first: the first attempt may have failed after the commit, and nothing else would finish it. The sweep only
     * removes tags of strictly older events.
     */
    private boolean alreadyApplied(String articleId, String seq, TableWrites.Partition before) {
        String stored = before.storedSeq();
        if (stored == null || stored.compareTo(seq) < 0) {
            return false;
        }
        if (stored.equals(seq)) {
            table.deleteOlderTagsAmong(articleId, before.tagSortKeys(), seq, Set.of());
        }
        return true;
    }

    private static Set<String> sortKeys(List<Map<String, AttributeValue>> tags) {
        Set<String> keys = new HashSet<>();
        for (Map<String, AttributeValue> tag : tags) {
            keys.add(tag.get(Items.SK).s());
        }
        return keys;
    }

    @Override
    public WriteOutcome markVersionDeleted(ObjectRef object, String sequencer, Instant deletedAt) {
        String stored = table.storedVersionId(ArticleId.of(object));
        if (stored != null && object.versionId() != null && !stored.equals(object.versionId())) {
            return WriteOutcome.OTHER_VERSION_IGNORED;
        }
        return markDeleted(object, sequencer, deletedAt);
    }

    @Override
    public WriteOutcome markDeleted(ObjectRef object, String sequencer, Instant deletedAt) {
        String articleId = ArticleId.of(object);
        String seq = Sequencers.sortable(sequencer);
        TableWrites.Partition before = table.partition(articleId);
        if (alreadyApplied(articleId, seq, before)) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
        table.deleteOlderTagsAmong(articleId, before.tagSortKeys(), seq, Set.of());
        String now = TimeKeys.utc(deletedAt);
        Map<String, AttributeValue> values = Map.of(
                ":status", s(Items.DELETED),
                ":statusKey", s(Items.statusKey(Items.DELETED)),
                ":deletedAt", s(now),
                ":timeKey", s(TimeKeys.timeKey(now, articleId)),
                ":sequencer", s(sequencer),
                ":articleId", s(articleId),
                ":bucket", s(object.bucket()),
                ":key", s(object.key()),
                ":s3Uri", s(object.uri()));
        Map<String, String> names = Map.of("#status", RecordFields.STATUS, "#tagKey", Items.TAG_KEY,
                "#deletedAt", Items.DELETED_AT, "#timeKey", Items.TIME_KEY, "#sequencer", Items.SEQUENCER,
                "#articleId", Items.ARTICLE_ID, "#bucket", Items.BUCKET, "#key", Items.KEY, "#s3Uri", Items.S3_URI);
        // every name is aliased: several ("status", "bucket", "key") are DynamoDB reserved words
        String update = "SET #status = :status, #tagKey = :statusKey, #deletedAt = :deletedAt, "
                + "#timeKey = if_not_exists(#timeKey, :timeKey), #sequencer = :sequencer, "
                + "#articleId = :articleId, #bucket = :bucket, #key = :key, #s3Uri = :s3Uri";
        try {
            table.updateArticleIfNewer(articleId, seq, update, names, values);
            // An older put may have committed, tags and all, between the sweep above and this tombstone.
            table.deleteOlderTags(articleId, seq, Set.of());
            return WriteOutcome.WRITTEN;
        } catch (ConditionalCheckFailedException lostRace) {
            return WriteOutcome.STALE_EVENT_IGNORED;
        }
    }
}
