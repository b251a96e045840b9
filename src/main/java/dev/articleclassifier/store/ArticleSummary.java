package dev.articleclassifier.store;

/**
 * What a listing shows of an article (from the {@code byTag} index): enough for a dashboard row and to fetch
 * the full record by {@code articleId} or the full text at {@code s3Uri}.
 *
 * @param sortTime  the time the listing is ordered by: {@code published} when known, else {@code ingestedAt}
 * @param tagValue  the tag the article was found under ({@code null} in status listings)
 * @param score     the tag's score, or {@code null} (agencies, status listings)
 */
public record ArticleSummary(String articleId, String headline, String agency, String published, String sortTime,
                             String status, String reason, String bucket, String key, String s3Uri,
                             String tagValue, Double score) {
}
