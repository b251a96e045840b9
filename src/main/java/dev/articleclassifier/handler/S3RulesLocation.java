package dev.articleclassifier.handler;

import java.util.Objects;

/**
 * The S3 object holding the function's rules, as written in {@code RULES_S3_URI}: {@code s3://bucket/key}.
 *
 * @param bucket the bucket name
 * @param key    the object key, as stored (not URL-encoded)
 */
public record S3RulesLocation(String bucket, String key) {

    private static final String SCHEME = "s3://";

    public S3RulesLocation {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (bucket.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("rules location needs a bucket and a key: s3://" + bucket + "/" + key);
        }
    }

    /** Reads {@code s3://bucket/key}; anything else is refused with the text in the message. */
    public static S3RulesLocation parse(String uri) {
        String text = uri.strip();
        if (!text.startsWith(SCHEME)) {
            throw new IllegalArgumentException("not an s3:// URI: " + uri);
        }
        String path = text.substring(SCHEME.length());
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw new IllegalArgumentException("an s3:// URI of an object needs a bucket and a key: " + uri);
        }
        return new S3RulesLocation(path.substring(0, slash), path.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
