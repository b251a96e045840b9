package dev.articleclassifier.parse;

import java.util.Optional;

/**
 * Turns one uploaded file into an {@link Article}: wire text, text copied from a news page, a saved HTML page or
 * IPTC NITF XML, in UTF-8, UTF-16 or Windows-1252. Bad input (empty, binary, oversized, no headline) comes back as
 * a rejection with a reason a person can act on; {@link #parse} never throws. Instances hold no mutable state
 * and may be shared between threads.
 */
public final class ArticleParser {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;
    private final ArticleFinisher finisher;

    /**
     * @param places   resolves a dateline's place to its country code
     * @param maxBytes files larger than this are rejected unread
     */
    public ArticleParser(PlaceResolver places, long maxBytes) {
        this.maxBytes = maxBytes;
        this.finisher = new ArticleFinisher(places == null ? PlaceResolver.NONE : places);
    }

    public ArticleParser(PlaceResolver places) {
        this(places, DEFAULT_MAX_BYTES);
    }

    /**
     * Parses one file. Never throws on bad input; thread-safe.
     *
     * @param content  the file's bytes
     * @param fileName the file's name, which only hints at the format (.html, .htm, .xml, .txt may be wrong)
     */
    public ParseResult parse(byte[] content, String fileName) {
        try {
            return parseChecked(content, fileName);
        } catch (RuntimeException | StackOverflowError e) {
            return ParseResult.rejected("unparseable: " + e);
        }
    }

    private ParseResult parseChecked(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return ParseResult.rejected("empty file");
        }
        if (content.length > maxBytes) {
            return ParseResult.rejected("file too large: " + content.length + " bytes, limit " + maxBytes);
        }
        Optional<String> binary = BinarySniffer.knownFormat(content);
        if (binary.isPresent()) {
            return ParseResult.rejected("binary file (" + binary.get() + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeChecked(content);
        String text = decoded.text();
        if (isBlank(text)) {
            return ParseResult.rejected("empty file");
        }
        // Clean text, most copy, holds no control character; only other text needs the binary check.
        if (!decoded.clean() && BinarySniffer.looksBinary(text)) {
            return ParseResult.rejected("binary file (unrecognised binary data)");
        }
        ArticleDraft draft = switch (FormatDetector.detect(text, fileName)) {
            case NITF -> NitfParser.parse(text);
            case HTML -> HtmlArticleParser.parse(text);
            case TEXT -> WireTextParser.parse(decoded);
        };
        return finisher.finish(draft);
    }

    /** Blank also when the only characters are no-break or other Unicode spaces, which {@code isBlank} keeps. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '﻿') {
                return false;
            }
        }
        return true;
    }
}
