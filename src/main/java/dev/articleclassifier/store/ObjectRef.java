package dev.articleclassifier.store;

import java.util.Objects;

/**
 * Identifies one stored S3 object version the way an S3 event notification describes it.
 *
 * @param bucket    bucket name
 * @param key       object key, already URL-decoded
 * @param versionId object version when the bucket is versioned, otherwise {@code null}
 * @param eTag      entity tag from the event, or {@code null}
 * @param size      object size in bytes from the event, or -1 when unknown (delete events carry none)
 */
public record ObjectRef(String bucket, String key, String versionId, String eTag, long size) {

    public ObjectRef {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** {@code s3://bucket/key}, the pointer a record keeps to the full text. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
