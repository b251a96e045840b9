package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.StoredArticle;
import dev.articleclassifier.store.StoredTags;

/**
 * {@code /api/article?id=ID}: one record with the evidence behind each tag, for the page's evidence panel.
 * Deleted and rejected records are shown too, with their status and reason.
 */
final class ArticleEndpoint extends JsonEndpoint {

    private final ArticleQueries queries;

    ArticleEndpoint(ArticleQueries queries) {
        this.queries = queries;
    }

    /** The record as the panel shows it; {@code body} is the stored excerpt. */
    record Details(String articleId, String headline, String agency, String published, String status, String reason,
                   String s3Uri, long wordCount, String body, boolean bodyTruncated, String ingestedAt,
                   String deletedAt, StoredTags tags, String byline, String site, String url) {
    }

    @Override
    Details answer(QueryParameters parameters) {
        String id = parameters.get("id").orElseThrow(() -> new IllegalArgumentException("id is required"));
        StoredArticle a = queries.byId(id.trim())
                .orElseThrow(() -> new NotFoundException("no article with id " + id.trim()));
        return new Details(a.articleId(), a.headline(), a.agency(), a.published(), a.status(), a.reason(),
                a.s3Uri(), a.wordCount(), a.body(), a.bodyTruncated(), a.ingestedAt(), a.deletedAt(),
                queries.tagsOf(a.articleId()).orElse(StoredTags.NONE), a.byline(), a.site(), a.url());
    }
}
