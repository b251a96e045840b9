package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.StoredArticle;
import java.util.List;

/**
 * {@code /api/latest?n=20}: the newest classified articles with their tags. The status listing carries no tags,
 * so each row costs one more GetItem; {@code n} is kept small for that reason.
 */
final class LatestEndpoint extends JsonEndpoint {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private final ArticleQueries queries;
    private final Catalog catalog;

    LatestEndpoint(ArticleQueries queries, Catalog catalog) {
        this.queries = queries;
        this.catalog = catalog;
    }

    /** One row of the list. {@code sortTime} is what the list is ordered by (publication, else ingestion). */
    record Row(String articleId, String headline, String agency, String published, String sortTime,
               List<TagLabel> topics, List<TagLabel> countries, List<TagLabel> regions) {
    }

    @Override
    List<Row> answer(QueryParameters parameters) {
        int n = parameters.intValue("n", DEFAULT_COUNT, 1, MAX_COUNT);
        return queries.latest(PageRequest.first(n)).items().stream().map(this::row).toList();
    }

    private Row row(ArticleSummary summary) {
        StoredArticle article = queries.byId(summary.articleId()).orElse(null);
        if (article == null) {
            // deleted between the two reads: still list it, without tags
            return new Row(summary.articleId(), summary.headline(), summary.agency(), summary.published(),
                    summary.sortTime(), List.of(), List.of(), List.of());
        }
        return new Row(summary.articleId(), summary.headline(), summary.agency(), summary.published(),
                summary.sortTime(),
                article.topics().stream().map(id -> new TagLabel(id, catalog.topicLabel(id))).toList(),
                article.countries().stream().map(code -> new TagLabel(code, catalog.countryName(code))).toList(),
                article.regions().stream().map(id -> new TagLabel(id, catalog.regionLabel(id))).toList());
    }
}
