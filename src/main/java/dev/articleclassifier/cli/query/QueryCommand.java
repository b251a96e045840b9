package dev.articleclassifier.cli.query;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.cli.common.KnownValues;
import dev.articleclassifier.cli.common.RangeOptions;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TableFormats;
import dev.articleclassifier.cli.common.TableFormats.Format;
import dev.articleclassifier.cli.common.TableOptions;
import dev.articleclassifier.cli.common.TagValues;
import dev.articleclassifier.parse.Agencies;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code query}: the table's access patterns from the command line. A listing (by topic, country, region,
 * agency or status, or the latest articles) is one Query on the {@code byTag} index, followed page by page until
 * {@code --limit} rows are printed or the index has no more; one article ({@code --id}, {@code --s3}) is one
 * GetItem, printed with the evidence behind each tag. A topic, country, region or agency that cannot exist is
 * refused before any request, with the closest values that can.
 */
@Command(name = "query", header = "List stored articles, or show one with its evidence.",
        description = "Lists stored articles newest first, or shows one article with the evidence behind its tags.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:printed (also when nothing matched)", "1:article not found or table unreachable",
                "2:bad usage"})
public final class QueryCommand implements Callable<Integer> {

    /** What to list or show: exactly one. */
    static final class Selector {
        @Option(names = "--topic", paramLabel = "ID", description = "a topic id of the rules (terrorism)")
        String topic;
        @Option(names = "--country", paramLabel = "CODE", description = "an ISO 3166-1 alpha-2 code (RU)")
        String country;
        @Option(names = "--region", paramLabel = "ID", description = "a region id of the gazetteer (western-asia, middle-east)")
        String region;
        @Option(names = "--agency", paramLabel = "NAME", description = "a news agency (Xinhua, \"Associated Press\")")
        String agency;
        @Option(names = "--status", paramLabel = "STATUS", description = "CLASSIFIED, REJECTED (with file and reason) or DELETED")
        String status;
        @Option(names = "--latest", paramLabel = "N", description = "the N newest classified articles")
        Integer latest;
        @Option(names = "--id", paramLabel = "ID", description = "one article by its id")
        String id;
        @Option(names = "--s3", paramLabel = "URI", description = "one article by the S3 object it was read from")
        String s3;
    }

    static final List<String> STATUSES = List.of("CLASSIFIED", "REJECTED", "DELETED");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000_000;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Selector (one):%n")
    Selector selector;

    @Mixin
    RangeOptions range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
            completionCandidates = Format.Names.class, description = "table (default), csv or jsonl")
    Format format;

    @Option(names = "--limit", paramLabel = "N", description = "print at most N rows (default 100)")
    Integer limit;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "rows per Query request (default 100, at most 1000)")
    int pageSize;

    @Mixin
    TableOptions table;


    @Spec
    CommandSpec spec;

    private final Streams io;

    QueryCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        // every check before the first request: a mistake is a usage error, whatever the connection
        Listing listing = listing();
        TimeRange timeRange = usage(range::range);
        String articleId = selector.s3 != null ? usage(() -> idOfUri(selector.s3)) : selector.id;
        try (DynamoDbClient client = table.client(io.err())) {
            if (articleId != null) {
                return ArticleView.print(client, table.tableName(), articleId, format, io.out(), io.err());
            }
            ArticleQueries queries = table.queries(client);
            Rows rows = fetch(page -> listing.read(queries, timeRange, page), listing.limit, pageSize);
            return print(rows, listing);
        }
    }

    /** One kind of listing: the tag it reads, the rows to print, and whether its rows carry a score. */
    private record Listing(String kind, String value, int limit, List<String> tableColumns) {

        Page<ArticleSummary> read(ArticleQueries queries, TimeRange range, PageRequest page) {
            return switch (kind) {
                case "topic" -> queries.byTopic(value, range, page);
                case "country" -> queries.byCountry(value, range, page);
                case "region" -> queries.byRegion(value, range, page);
                case "agency" -> queries.byAgency(value, range, page);
                case "status" -> queries.byStatus(value, range, page);
                default -> throw new IllegalStateException("not a listing: " + kind);
            };
        }
    }

    static final List<String> LISTING_COLUMNS = List.of("time", "tag", "score", "agency", "headline", "status",
            "reason", "articleId", "s3Uri");
    private static final List<String> SCORED = List.of("time", "score", "agency", "headline", "articleId");
    private static final List<String> UNSCORED = List.of("time", "agency", "headline", "articleId");
    private static final List<String> REJECTIONS = List.of("time", "reason", "s3Uri", "articleId");

    private Listing listing() {
        int rows = limit == null ? DEFAULT_LIMIT : within("--limit", limit, MAX_LIMIT);
        within("--page-size", pageSize, 1_000);
        if (selector.id != null || selector.s3 != null) {
            return null;
        }
        if (selector.latest != null) {
            return new Listing("status", "CLASSIFIED", within("--latest", selector.latest, MAX_LIMIT), UNSCORED);
        }
        Classifier known = selector.topic != null || selector.country != null || selector.region != null
                ? Classifier.bundled() : null;
        if (selector.topic != null) {
            return new Listing("topic", known("--topic", "topic", selector.topic, TagValues.topics(known)), rows, SCORED);
        }
        if (selector.country != null) {
            return new Listing("country", known("--country", "country code", selector.country,
                    TagValues.countries(known)), rows, SCORED);
        }
        if (selector.region != null) {
            return new Listing("region", known("--region", "region", selector.region, TagValues.regions(known)),
                    rows, SCORED);
        }
        if (selector.agency != null) {
            String canonical = Agencies.canonical(selector.agency).orElse(selector.agency);
            return new Listing("agency", known("--agency", "agency", canonical, TagValues.agencies()), rows, UNSCORED);
        }
        String status = known("--status", "status", selector.status, STATUSES);
        return new Listing("status", status, rows, status.equals("REJECTED") ? REJECTIONS : UNSCORED);
    }

    private String known(String option, String what, String value, List<String> values) {
        return usage(() -> KnownValues.require(what, value, values), option);
    }

    private int within(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "': takes a whole number from 1 to " + max + ", got " + value);
        }
        return value;
    }

    private <T> T usage(java.util.function.Supplier<T> parse) {
        return usage(parse, null);
    }

    /** Runs a check whose {@link IllegalArgumentException} is a usage error (exit status 2). */
    private <T> T usage(java.util.function.Supplier<T> parse, String option) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (option == null ? "" : option + ": ") + e.getMessage());
        }
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

    private int print(Rows rows, Listing listing) {
        boolean tableFormat = format == Format.TABLE;
        List<String> columns = tableFormat ? listing.tableColumns() : LISTING_COLUMNS;
        List<List<Object>> cells = rows.items().stream().map(s -> row(s, columns)).toList();
        TableFormats.print(format, columns, cells, io.out());
        if (tableFormat) {
            io.out().println(cells.size() + (cells.size() == 1 ? " article" : " articles")
                    + (rows.more() ? " (more in the table: raise --limit)" : ""));
        } else if (rows.more()) {
            io.err().println("query: stopped at --limit " + listing.limit() + "; more articles match");
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
            case "reason" -> s.reason();
            case "articleId" -> s.articleId();
            case "s3Uri" -> s.s3Uri();
            default -> throw new IllegalStateException(column);
        };
    }

    /** The article id of {@code s3://bucket/key}; the key keeps its slashes and is not URL-decoded. */
    static String idOfUri(String uri) {
        if (!uri.startsWith("s3://") || uri.indexOf('/', 5) < 6 || uri.endsWith("/")) {
            throw new IllegalArgumentException("--s3 takes s3://BUCKET/KEY, got '" + uri + "'");
        }
        int slash = uri.indexOf('/', 5);
        return ArticleId.of(uri.substring(5, slash), uri.substring(slash + 1));
    }
}
