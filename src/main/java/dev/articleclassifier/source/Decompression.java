package dev.articleclassifier.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Decides whether an object is gzip-compressed and strips the suffix from its name. Desks upload both
 * {@code story.txt.gz} files and plain keys stored with {@code Content-Encoding: gzip}; either is inflated.
 */
final class Decompression {

    private static final String GZ_SUFFIX = ".gz";

    private Decompression() {
    }

    static boolean isGzip(String key, String contentEncoding) {
        boolean gzSuffix = key.toLowerCase(Locale.ROOT).endsWith(GZ_SUFFIX);
        boolean gzEncoding = contentEncoding != null && contentEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        return gzSuffix || gzEncoding;
    }

    static InputStream inflate(InputStream compressed) throws IOException {
        return new GZIPInputStream(compressed, 16 * 1024);
    }

    /** The name the parser should see: last path segment of the key, without a {@code .gz} suffix. */
    static String fileName(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(GZ_SUFFIX)) {
            name = name.substring(0, name.length() - GZ_SUFFIX.length());
        }
        return name;
    }
}
