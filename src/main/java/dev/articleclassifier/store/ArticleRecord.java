package dev.articleclassifier.store;

import dev.articleclassifier.classify.ClassifiedArticle;
import java.time.Instant;
import java.util.Objects;

/**
 * One article record as the pipeline hands it to the store: which S3 object (and which event about it) it comes
 * from, when it was ingested, and what the parser and classifier made of it.
 *
 * @param object     the S3 object the record describes
 * @param sequencer  the S3 event's sequencer, which orders events about the same key
 * @param ingestedAt when the pipeline processed the event
 * @param result     the parsed and classified article, or its rejection
 */
public record ArticleRecord(ObjectRef object, String sequencer, Instant ingestedAt, ClassifiedArticle result) {

    public ArticleRecord {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(sequencer, "sequencer");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(result, "result");
    }
}
