package dev.articleclassifier.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable id of an article record: one record per S3 object (bucket and key), whatever its versions. It is
 * derived from the location, so a reader who knows bucket and key finds the record with one GetItem and no
 * second index, and every event about the same object lands on the same record.
 */
public final class ArticleId {

    private ArticleId() {
    }

    /** First 32 hex digits (128 bits) of SHA-256 over {@code bucket + "/" + key}. */
    public static String of(String bucket, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((bucket + "/" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public static String of(ObjectRef object) {
        return of(object.bucket(), object.key());
    }
}
