package dev.articleclassifier.store;

import java.util.List;

/**
 * An article record as read back from the table. Tags are given by their ids (topic ids, country codes,
 * region ids, best first); the full tags with evidence stay in the item under the {@code RecordFields} names.
 *
 * @param status    {@code CLASSIFIED}, {@code REJECTED} or {@code DELETED}
 * @param body      the stored excerpt of the body; the full text is at {@code s3Uri}
 * @param bodyTruncated whether the excerpt is shorter than the body
 * @param wordCount words in the full body, or -1 when not parsed
 * @param byline    the authors' names as printed, or null
 * @param site      the site or publisher of a web page, or null
 * @param url       the address a web page lived at, or null
 */
public record StoredArticle(String articleId, String bucket, String key, String versionId, String s3Uri,
                            String sequencer, String status, String reason, String headline, String agency,
                            String published, String body, boolean bodyTruncated, long wordCount,
                            List<String> topics, List<String> countries, List<String> regions,
                            String ingestedAt, String deletedAt, String byline, String site, String url) {

    public StoredArticle {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }
}
