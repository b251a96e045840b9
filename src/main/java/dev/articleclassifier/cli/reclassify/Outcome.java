package dev.articleclassifier.cli.reclassify;

/** What reclassifying one stored record came to; the run's report counts each. */
public enum Outcome {
    /** Re-tagged and stored (or, in a dry run, would be): topics or countries differ from the stored ones. */
    TAGS_CHANGED,
    /** Re-tagged and stored with the current rules hash; topics and countries are the same as before. */
    UNCHANGED,
    /** Already tagged by the current rules, left alone ({@code --stale}); listed only when stored before the
     *  top-level rules hash existed, or re-tagged after it was listed. */
    ALREADY_CURRENT,
    /** A newer S3 event (upload or delete) replaced the record since it was listed: that event wins. */
    NEWER_EVENT,
    /** The object, or the record's version of it, is no longer in S3. */
    MISSING_OBJECT,
    /** A transient error (throttling, endpoint unreachable); the record is not checkpointed and a rerun retries it. */
    FAILED,
    /** Done by an earlier run, according to the checkpoint. */
    DONE_BEFORE
}
