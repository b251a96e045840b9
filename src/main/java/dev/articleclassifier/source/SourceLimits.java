package dev.articleclassifier.source;

/**
 * Caps that keep one hostile or mistaken upload from exhausting the function's memory.
 *
 * @param maxObjectBytes   the most bytes read from S3 for one object (compressed size for gzip objects)
 * @param maxInflatedBytes the most bytes a gzip object may inflate to; a zip bomb stops here
 */
public record SourceLimits(long maxObjectBytes, long maxInflatedBytes) {

    /** 5 MiB stored, 20 MiB inflated: far above any wire story, far below the function's memory. */
    public static final SourceLimits DEFAULT = new SourceLimits(5L * 1024 * 1024, 20L * 1024 * 1024);

    public SourceLimits {
        if (maxObjectBytes <= 0 || maxInflatedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxObjectBytes + ", " + maxInflatedBytes);
        }
    }
}
