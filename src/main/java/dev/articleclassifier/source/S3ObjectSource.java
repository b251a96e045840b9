package dev.articleclassifier.source;

import dev.articleclassifier.parse.InputLimits;
import dev.articleclassifier.store.ObjectRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads objects with S3 GetObject, pinned to the event's version when the bucket is versioned, so a later upload
 * to the same key cannot be classified under an older event.
 *
 * <p>The size cap is checked three times, cheapest first: the size the event reports, the Content-Length of the
 * GetObject response (before any body byte is read, the connection is aborted), and the bytes actually streamed.
 * A 404 ({@code NoSuchKey}, {@code NoSuchVersion}) means the object was deleted after the event was sent; S3 only
 * answers 404 rather than 403 for a missing key when the role may list the bucket, which the template grants.
 */
public final class S3ObjectSource implements ObjectSource {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final InputLimits limits;

    public S3ObjectSource(S3Client s3, InputLimits limits) {
        this.s3 = s3;
        this.limits = limits;
    }

    @Override
    public FetchedObject fetch(ObjectRef object) {
        if (object.size() > limits.maxBytes()) {
            return Payloads.tooLarge(object.size(), limits);
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(object.bucket()).key(object.key());
        if (object.versionId() != null && !object.versionId().isEmpty()) {
            request.versionId(object.versionId());
        }
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = s3.getObject(request.build());
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return new FetchedObject.Missing(errorCode(e));
            }
            throw e;
        }
        try (body) {
            return read(object, body);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + object.bucket() + "/" + object.key(), e);
        }
    }

    private FetchedObject read(ObjectRef object, ResponseInputStream<GetObjectResponse> body) throws IOException {
        Long contentLength = body.response().contentLength();
        if (contentLength != null && contentLength > limits.maxBytes()) {
            body.abort();
            return Payloads.tooLarge(contentLength, limits);
        }
        String fileName = Decompression.fileName(object.key());
        if (!Decompression.isGzip(object.key(), body.response().contentEncoding())) {
            try {
                return new FetchedObject.Content(BoundedReader.readAtMost(body, limits.maxBytes()), fileName);
            } catch (SizeLimitExceededException e) {
                body.abort();
                return Payloads.tooLarge(-1, limits);
            }
        }
        byte[] compressed;
        try {
            compressed = BoundedReader.readAtMost(body, limits.maxBytes());
        } catch (SizeLimitExceededException e) {
            body.abort();
            return Payloads.tooLarge(-1, limits);
        }
        return Payloads.inflate(compressed, fileName, limits);
    }


    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                ? e.awsErrorDetails().errorCode() : "HTTP " + e.statusCode();
    }
}
