package dev.articleclassifier.source;

/**
 * What reading one object produced. S3 delivers events at least once and possibly long after the upload, so
 * "the object is gone" and "the object is not worth reading" are normal answers, not errors.
 */
public sealed interface FetchedObject {

    /**
     * The object's bytes, already inflated when it was gzip-compressed.
     *
     * @param bytes    the content, at most the source's cap
     * @param fileName the name the parser should see: the key's last segment, without a {@code .gz} suffix
     */
    record Content(byte[] bytes, String fileName) implements FetchedObject {
    }

    /** The object was not read because it breaks a limit (too large, inflates too far, corrupt compression). */
    record Refused(String reason) implements FetchedObject {
    }

    /** The object (or the event's version of it) was deleted before it could be read. */
    record Missing(String detail) implements FetchedObject {
    }
}
