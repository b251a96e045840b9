package dev.articleclassifier.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream fully but never keeps more than a fixed number of bytes: a Content-Length can lie (or be absent
 * for an inflated stream), so the cap is enforced on the bytes actually read.
 */
final class BoundedReader {

    private BoundedReader() {
    }

    /** Reads all of {@code in}, or throws {@link SizeLimitExceededException} as soon as it passes {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new SizeLimitExceededException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
