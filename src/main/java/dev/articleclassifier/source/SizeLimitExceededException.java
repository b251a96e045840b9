package dev.articleclassifier.source;

import java.io.IOException;

/** Thrown by {@link BoundedReader} when a stream holds more bytes than the cap allows. */
final class SizeLimitExceededException extends IOException {

    SizeLimitExceededException(long limit) {
        super("more than " + limit + " bytes");
    }
}
