package dev.articleclassifier.parse;

/**
 * The size limit of one input, owned here and honoured by every reader: the S3 and file sources (bytes read, and
 * bytes a gzip object may inflate to), the parser (bytes decoded) and the rules loader (bytes of a rules file).
 * A wire story is a few kilobytes and a saved news page rarely passes one megabyte, so the default of 5 MiB keeps
 * every real upload while bounding what one object can cost. Set with {@code MAX_OBJECT_BYTES} in the function.
 *
 * <p>Bytes alone do not bound the work: a small file can nest markup deeply or repeat text through nesting. The
 * structural budget that the parser applies on top of this limit is {@link ParseBudget}.
 *
 * @param maxBytes the most bytes of content one input may have, after any decompression
 */
public record InputLimits(long maxBytes) {

    /** 5 MiB: far above any wire story or news page, far below the function's memory. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_BYTES);

    public InputLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size limit must be from 1 to " + (Integer.MAX_VALUE - 8)
                    + " bytes: " + maxBytes);
        }
    }

    /** The reason given for an input over the limit; {@code size} is negative when only "more" is known. */
    public String tooLarge(String what, long size) {
        return what + " too large: " + (size >= 0 ? size + " bytes" : "more bytes") + ", limit " + maxBytes;
    }
}
