package dev.articleclassifier.classify.geo;

/**
 * The ways a text names a country, weakest evidence last: "Russia" is about Russia; "Russian" may describe a
 * person or a product; "Moscow" and "the Kremlin" stand for the government; a city may just be where something
 * happened; a currency ("yen", "rand") is quoted wherever it trades, so it mostly corroborates other mentions.
 */
public enum MentionKind {
    NAME, CAPITAL, METONYM, CITY, DEMONYM, CURRENCY
}
