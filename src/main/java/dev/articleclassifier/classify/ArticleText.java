package dev.articleclassifier.classify;

import dev.articleclassifier.classify.text.Tokenizer;
import dev.articleclassifier.classify.text.TokenizedText;
import dev.articleclassifier.classify.text.Vocabulary;
import dev.articleclassifier.parse.Article;

/**
 * An article's text tokenized once for every scorer, with its zones: the headline, the lead (first paragraph)
 * and the rest of the body. Where a word appears matters: news puts what a story is about in the headline and
 * the lead, and mentions the rest in passing.
 */
public final class ArticleText {

    /** Zone ids, also indexes into boost tables. */
    public static final int HEADLINE = 0;
    public static final int LEAD = 1;
    public static final int BODY = 2;

    private final TokenizedText tokens;
    private final int headlineEnd;
    private final int leadEnd;
    private final int wordCount;

    private ArticleText(TokenizedText tokens, int headlineEnd, int leadEnd, int wordCount) {
        this.tokens = tokens;
        this.headlineEnd = headlineEnd;
        this.leadEnd = leadEnd;
        this.wordCount = wordCount;
    }

    /** Tokenizes headline and body and assigns the shared vocabulary's ids. */
    public static ArticleText of(Article article, Vocabulary vocabulary) {
        return of(article, vocabulary, null);
    }

    /**
     * As {@link #of(Article, Vocabulary)}, in this thread's reusable buffers: the result is only valid until the
     * next call on the same thread. For the classifier, which tokenizes article after article and keeps nothing of
     * one when it starts the next: writing tokens into memory already in the cache saves zeroing fresh arrays, a
     * large part of tokenizing.
     */
    static ArticleText inThreadBuffers(Article article, Vocabulary vocabulary) {
        return of(article, vocabulary, BUFFERS.get());
    }

    private static ArticleText of(Article article, Vocabulary vocabulary, Buffers buffers) {
        // headline and paragraphs, each followed by a line break, copied once into the tokenizer's own array
        java.util.List<String> paragraphs = article.paragraphs();
        int length = article.headline().length() + 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            length += paragraphs.get(i).length() + 1;
        }
        char[] text = buffers == null ? new char[length] : buffers.chars(length);
        int at = append(article.headline(), text, 0);
        int headlineChars = at;
        int leadChars = headlineChars;
        for (int i = 0; i < paragraphs.size(); i++) {
            at = append(paragraphs.get(i), text, at);
            if (i == 0) {
                leadChars = at;
            }
        }
        TokenizedText tokens = Tokenizer.tokenize(text, length, vocabulary, buffers == null ? null : buffers.tokens);
        if (buffers != null) {
            buffers.keep(tokens, length);
        }
        int headlineEnd = firstTokenFrom(tokens, headlineChars);
        int leadEnd = firstTokenFrom(tokens, leadChars);
        return new ArticleText(tokens, headlineEnd, leadEnd, tokens.size() - headlineEnd);
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** One thread's text and token arrays, reused article after article; those grown for a huge text are not kept. */
    private static final class Buffers {
        private static final int KEPT_CHARS = 1 << 18;

        private char[] chars = new char[4096];
        private TokenizedText tokens;

        char[] chars(int length) {
            if (length <= chars.length) {
                return chars;
            }
            char[] larger = new char[length];
            if (length <= KEPT_CHARS) {
                chars = larger;
            }
            return larger;
        }

        /** Keeps the tokens of a text of {@code length} characters unless the text or their arrays are huge. */
        void keep(TokenizedText used, int length) {
            tokens = length <= KEPT_CHARS && used.capacity() <= KEPT_CHARS / 4 ? used : null;
        }
    }

    private static int append(String s, char[] text, int at) {
        s.getChars(0, s.length(), text, at);
        text[at + s.length()] = '\n';
        return at + s.length() + 1;
    }

    private static int firstTokenFrom(TokenizedText tokens, int offset) {
        int t = 0;
        while (t < tokens.size() && tokens.startOffset(t) < offset) {
            t++;
        }
        return t;
    }

    public TokenizedText tokens() {
        return tokens;
    }

    public int zoneOf(int token) {
        return token < headlineEnd ? HEADLINE : token < leadEnd ? LEAD : BODY;
    }

    /** Words of the body (headline excluded). */
    public int bodyWords() {
        return wordCount;
    }
}
