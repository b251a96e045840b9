package dev.articleclassifier.store;

/** What a conditional write did. */
public enum WriteOutcome {
    /** The record was written (new, or replacing one from an older event). */
    WRITTEN,
    /** An event with an equal or greater sequencer was already applied; nothing changed. */
    STALE_EVENT_IGNORED,
    /** A version other than the one the record describes was permanently deleted; the record is unchanged. */
    OTHER_VERSION_IGNORED
}
