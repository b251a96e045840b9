package dev.articleclassifier.source;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The write and list side of the incoming bucket, for local runs: upload a wire file as a desk would, and take a
 * snapshot of what is under a prefix so a poller can tell new and changed objects from known ones.
 */
public final class IncomingBucket {

    private final S3Client s3;
    private final String bucket;

    public IncomingBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public String name() {
        return bucket;
    }

    public void create() {
        s3.createBucket(b -> b.bucket(bucket));
    }

    /** Uploads {@code content} under {@code key} and returns the stored object's version as an S3 event names it. */
    public Listed upload(String key, byte[] content) {
        PutObjectResponse response = s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        return new Listed(key, content.length, response.eTag());
    }

    /** Every object under {@code prefix}, by key, in key order. */
    public Map<String, Listed> list(String prefix) {
        Map<String, Listed> objects = new LinkedHashMap<>();
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
        for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
            objects.put(object.key(), new Listed(object.key(), object.size(), object.eTag()));
        }
        return objects;
    }

    /**
     * One object as a listing shows it.
     *
     * @param eTag changes whenever the content does, so it tells a re-upload from an unchanged object
     */
    public record Listed(String key, long size, String eTag) {
    }
}
