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
        StringBuilder text = new StringBuilder(article.headline().length() + 64 * article.paragraphs().size());
        text.append(article.headline()).append('\n');
        int headlineChars = text.length();
        int leadChars = headlineChars;
        for (int i = 0; i < article.paragraphs().size(); i++) {
            text.append(article.paragraphs().get(i)).append('\n');
            if (i == 0) {
                leadChars = text.length();
            }
        }
        TokenizedText tokens = Tokenizer.tokenize(text.toString());
        vocabulary.assign(tokens);
        int headlineEnd = firstTokenFrom(tokens, headlineChars);
        int leadEnd = firstTokenFrom(tokens, leadChars);
        return new ArticleText(tokens, headlineEnd, leadEnd, tokens.size() - headlineEnd);
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
