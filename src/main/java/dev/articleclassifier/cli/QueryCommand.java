package dev.articleclassifier.cli;

import dev.articleclassifier.cli.TableFormats.Format;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.TimeRange;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code query}: the table's access patterns from the command line. A listing (by topic, country, region,
 * agency or status, or the latest articles) is one Query on the {@code byTag} index, followed page by page until
 * {@code --limit} rows are printed or the index has no more; one article ({@code --id}, {@code --s3}) is one
 * GetItem, printed with the evidence behind each tag.
 */
final class QueryCommand {

    static final String HELP = """
            Usage: article-classifier query SELECTOR [--from DATE] [--to DATE] [OPTIONS]
                   article-classifier query --latest N [OPTIONS]
                   article-classifier query (--id ID | --s3 s3://BUCKET/KEY) [OPTIONS]

            Lists stored articles newest first, or shows one article with the evidence behind its tags.

            Selectors (one):
              --topic ID        a topic id of the rules ("terrorism")
              --country CODE    an ISO 3166-1 alpha-2 code ("RU")
              --region ID       a region id of the gazetteer ("western-asia", "middle-east")
              --agency NAME     a news agency ("Xinhua"; case and spacing do not matter)
              --status STATUS   CLASSIFIED, REJECTED or DELETED
              --latest N        the N newest classified articles
              --id ID           one article by its id
              --s3 URI          one article by the S3 object it was read from

            Options:
              --from DATE       first day (2015-12-01) or UTC date-time (2015-12-01T06:00:00Z), included
              --to DATE         last day, included (2015-12-31); a date-time is excluded
              --format FORMAT   table (default), csv or jsonl
              --limit N         print at most N rows (default 100, at most 1000000)
              --page-size N     rows per Query request (default 100, at most 1000)
            %s  -h, --help        show this help

            Exit status: 0 printed (also when nothing matched), 1 article not found or table unreachable,
            2 bad usage.
            """.formatted(TableConnection.OPTIONS_HELP);

    static final List<String> LISTING_COLUMNS = List.of("time", "tag", "score", "agency", "headline", "status",
            "articleId", "s3Uri");
    private static final List<String> TABLE_COLUMNS = List.of("time", "score", "agency", "headline", "articleId");
    private static final List<String> SELECTORS = List.of("--topic", "--country", "--region", "--agency", "--status",
            "--latest", "--id", "--s3");
    static final int DEFAULT_LIMIT = 100;

    private QueryCommand() {
    }

    /** What to list and how much: {@code selector} is the option given ({@code --topic}, ...), {@code value} its value. */
    record Request(String selector, String value, TimeRange range, Format format, int limit, int pageSize) {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        return TableReadCommand.run("query", HELP, arguments, QueryCommand::parse,
                (request, connection, client) -> switch (request.selector()) {
                    case "--id" -> QueryCommandArticle.print(client, connection.tableName(), request.value(),
                            request.format(), out, err);
                    case "--s3" -> QueryCommandArticle.print(client, connection.tableName(),
                            idOfUri(request.value()), request.format(), out, err);
                    default -> list(listing(connection.queries(client), request), request, out, err);
                }, out, err);
    }

    static Request parse(List<String> args) {
        String selector = null;
        String value = null;
        for (String option : SELECTORS) {
            String given = QueryCommandOptions.take(args, option);
            if (given != null) {
                if (selector != null) {
                    throw new IllegalArgumentException("give one of " + selector + " and " + option + ", not both");
                }
                selector = option;
                value = given;
            }
        }
        if (selector == null) {
            throw new IllegalArgumentException("say what to list: one of " + String.join(", ", SELECTORS));
        }
        TimeRange range = QueryCommandOptions.range(QueryCommandOptions.take(args, "--from"),
                QueryCommandOptions.take(args, "--to"));
        String formatName = QueryCommandOptions.take(args, "--format");
        Format format = formatName == null ? Format.TABLE : Format.parse(formatName);
        int limit = QueryCommandOptions.positive("--limit", QueryCommandOptions.take(args, "--limit"), DEFAULT_LIMIT,
                1_000_000);
        int pageSize = QueryCommandOptions.positive("--page-size", QueryCommandOptions.take(args, "--page-size"), 100,
                1_000);
        QueryCommandOptions.noneLeft(args);
        if (selector.equals("--latest")) {
            limit = QueryCommandOptions.positive("--latest", value, DEFAULT_LIMIT, 1_000_000);
        }
        if (selector.equals("--status")) {
            value = value.toUpperCase(java.util.Locale.ROOT);
            if (!List.of("CLASSIFIED", "REJECTED", "DELETED").contains(value)) {
                throw new IllegalArgumentException("--status is CLASSIFIED, REJECTED or DELETED, got \"" + value + "\"");
            }
        }
        if (selector.equals("--s3")) {
            idOfUri(value);
        }
        return new Request(selector, value, range, format, limit, pageSize);
    }

    private static Function<PageRequest, Page<ArticleSummary>> listing(ArticleQueries queries, Request r) {
        return switch (r.selector()) {
            case "--topic" -> page -> queries.byTopic(r.value(), r.range(), page);
            case "--country" -> page -> queries.byCountry(r.value(), r.range(), page);
            case "--region" -> page -> queries.byRegion(r.value(), r.range(), page);
            case "--agency" -> page -> queries.byAgency(r.value(), r.range(), page);
            case "--status" -> page -> queries.byStatus(r.value(), r.range(), page);
            case "--latest" -> page -> queries.byStatus("CLASSIFIED", r.range(), page);
            default -> throw new IllegalStateException("not a listing: " + r.selector());
        };
    }

    /** The rows of a listing, following cursors until {@code limit} rows or the end; whether more remain. */
    record Rows(List<ArticleSummary> items, boolean more) {
    }

    static Rows fetch(Function<PageRequest, Page<ArticleSummary>> listing, int limit, int pageSize) {
        List<ArticleSummary> items = new ArrayList<>();
        String cursor = null;
        do {
            int want = Math.min(pageSize, limit - items.size());
            Page<ArticleSummary> page = listing.apply(new PageRequest(want, cursor));
            items.addAll(page.items());
            cursor = page.cursor();
        } while (cursor != null && items.size() < limit);
        return new Rows(items, cursor != null);
    }

    private static int list(Function<PageRequest, Page<ArticleSummary>> listing, Request request, PrintStream out,
                            PrintStream err) {
        Rows rows = fetch(listing, request.limit(), request.pageSize());
        boolean table = request.format() == Format.TABLE;
        List<String> columns = table ? TABLE_COLUMNS : LISTING_COLUMNS;
        List<List<Object>> cells = rows.items().stream().map(s -> row(s, columns)).toList();
        TableFormats.print(request.format(), columns, cells, out);
        if (table) {
            out.println(cells.size() + (cells.size() == 1 ? " article" : " articles")
                    + (rows.more() ? " (more in the table: raise --limit)" : ""));
        } else if (rows.more()) {
            err.println("query: stopped at --limit " + request.limit() + "; more articles match");
        }
        return 0;
    }

    private static List<Object> row(ArticleSummary s, List<String> columns) {
        List<Object> row = new ArrayList<>();
        columns.forEach(column -> row.add(cell(s, column)));
        return row;
    }

    private static Object cell(ArticleSummary s, String column) {
        return switch (column) {
            case "time" -> s.sortTime();
            case "tag" -> s.tagValue();
            case "score" -> TableFormats.rounded(s.score());
            case "agency" -> s.agency();
            case "headline" -> s.headline();
            case "status" -> s.status();
            case "articleId" -> s.articleId();
            case "s3Uri" -> s.s3Uri();
            default -> throw new IllegalStateException(column);
        };
    }

    /** The article id of {@code s3://bucket/key}; the key keeps its slashes and is not URL-decoded. */
    static String idOfUri(String uri) {
        if (!uri.startsWith("s3://") || uri.indexOf('/', 5) < 6 || uri.endsWith("/")) {
            throw new IllegalArgumentException("--s3 takes s3://BUCKET/KEY, got \"" + uri + "\"");
        }
        int slash = uri.indexOf('/', 5);
        return ArticleId.of(uri.substring(5, slash), uri.substring(slash + 1));
    }
}
