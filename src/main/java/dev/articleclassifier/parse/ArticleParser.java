package dev.articleclassifier.parse;

import java.util.Optional;

/**
 * Turns one uploaded file into an {@link Article}: wire text, text copied from a news page, a saved HTML page or
 * IPTC NITF XML, in UTF-8, UTF-16 or Windows-1252. Bad input (empty, binary, oversized, no headline) comes back as
 * a rejection with a reason a person can act on; {@link #parse} never throws. The work per file is bounded: by the
 * size limit ({@link InputLimits}) and, for markup and body, by a {@link ParseBudget} checked before any tree is
 * built. Instances hold no mutable state
 * and may be shared between threads.
 */
public final class ArticleParser {

    private final InputLimits limits;
    private final ParseBudget budget;
    private final PlaceResolver places;
    private final ArticleFinisher finisher;

    /**
     * @param places resolves a dateline's place to its country code
     * @param limits files larger than its size limit are rejected unread
     */
    public ArticleParser(PlaceResolver places, InputLimits limits) {
        this.limits = limits;
        this.budget = ParseBudget.forLimits(limits);
        this.places = places == null ? PlaceResolver.NONE : places;
        this.finisher = new ArticleFinisher(this.places);
    }

    /** Files larger than {@code maxBytes} are rejected unread. */
    public ArticleParser(PlaceResolver places, long maxBytes) {
        this(places, new InputLimits(maxBytes));
    }

    /** The default size limit ({@link InputLimits#DEFAULT}). */
    public ArticleParser(PlaceResolver places) {
        this(places, InputLimits.DEFAULT);
    }

    /** The same limits with another place resolver (rules loaded later bring their own gazetteer). */
    public ArticleParser withPlaces(PlaceResolver other) {
        return new ArticleParser(other, limits);
    }

    public InputLimits limits() {
        return limits;
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
        } catch (StackOverflowError e) {
            return ParseResult.rejected(ParseBudget.OVER_BUDGET + "the document exhausted the stack");
        } catch (RuntimeException e) {
            return ParseResult.rejected("unparseable: " + e);
        }
    }

    private ParseResult parseChecked(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return ParseResult.rejected("empty file");
        }
        if (content.length > limits.maxBytes()) {
            return ParseResult.rejected(limits.tooLarge("file", content.length));
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
        FormatDetector.Format format = FormatDetector.detect(text, fileName);
        if (format != FormatDetector.Format.TEXT) {
            MarkupScan.Shape shape = MarkupScan.scan(text, format == FormatDetector.Format.HTML,
                    budget.maxDepth(), budget.maxElements());
            Optional<String> problem = budget.markupProblem(shape);
            if (problem.isPresent()) {
                return ParseResult.rejected(problem.get());
            }
        }
        ArticleDraft draft = switch (format) {
            case NITF -> NitfParser.parse(text);
            case HTML -> HtmlArticleParser.parse(text);
            case TEXT -> WireTextParser.parse(decoded);
        };
        Optional<String> tooLong = budget.bodyProblem(draft.bodyChars());
        if (tooLong.isPresent()) {
            return ParseResult.rejected(tooLong.get());
        }
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
