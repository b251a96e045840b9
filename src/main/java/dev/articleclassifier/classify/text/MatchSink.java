package dev.articleclassifier.classify.text;

/** Receives the matches of a {@link PhraseDictionary}, in text order. */
@FunctionalInterface
public interface MatchSink {

    /** Phrase {@code phraseId} matched tokens {@code firstToken} .. {@code firstToken + tokenCount - 1}. */
    void onMatch(int phraseId, int firstToken, int tokenCount);
}
