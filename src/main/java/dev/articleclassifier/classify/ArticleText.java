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
        // headline and paragraphs, each followed by a line break, copied once into the tokenizer's own array
        java.util.List<String> paragraphs = article.paragraphs();
        int length = article.headline().length() + 1;
        for (String paragraph : paragraphs) {
            length += paragraph.length() + 1;
        }
        char[] text = new char[length];
        int at = append(article.headline(), text, 0);
        int headlineChars = at;
        int leadChars = headlineChars;
        for (int i = 0; i < paragraphs.size(); i++) {
            at = append(paragraphs.get(i), text, at);
            if (i == 0) {
                leadChars = at;
            }
        }
        TokenizedText tokens = Tokenizer.tokenize(text, vocabulary);
        int headlineEnd = firstTokenFrom(tokens, headlineChars);
        int leadEnd = firstTokenFrom(tokens, leadChars);
        return new ArticleText(tokens, headlineEnd, leadEnd, tokens.size() - headlineEnd);
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
