package dev.articleclassifier.cli;

import dev.articleclassifier.cli.TableFormats.Format;
import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.geo.Region;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.store.TagKey;
import dev.articleclassifier.store.TimeRange;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code stats}: how many articles each topic, region or country got per day or week. The table is never
 * scanned: every tag value the bundled rules (topic ids) or gazetteer (country codes, region ids) can produce
 * is one Query on the {@code byTag} index over the range, and the articles found are counted by the day of their
 * sort time (UTC). Values with no article in the range are left out.
 */
final class StatsCommand {

    static final String HELP = """
            Usage: article-classifier stats --from DATE --to DATE [--by topic|region|country] [--per day|week]
                                            [--format table|csv|jsonl] [OPTIONS]

            Counts classified articles per topic, region or country for each day or week of a time range,
            one row per day (or week, labelled by its Monday) and one column per value, with totals.

              --from DATE       first day, included (2015-12-01)
              --to DATE         last day, included (2015-12-31)
              --by DIMENSION    topic (default), region or country
              --per PERIOD      day (default) or week (weeks start on Monday)
              --format FORMAT   table (default), csv or jsonl
            %s  -h, --help        show this help

            Exit status: 0 printed, 1 table unreachable, 2 bad usage.
            """.formatted(TableConnection.OPTIONS_HELP);

    /** The dimension counted; each knows every value it can take from the bundled rules and gazetteer. */
    enum Dimension {
        TOPIC, REGION, COUNTRY;

        static Dimension parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "topic", "topics" -> TOPIC;
                case "region", "regions" -> REGION;
                case "country", "countries" -> COUNTRY;
                default -> throw new IllegalArgumentException("--by is topic, region or country, got \"" + name + "\"");
            };
        }

        List<String> values(Classifier classifier) {
            return switch (this) {
                case TOPIC -> classifier.rules().topics().stream().map(TopicRule::id).toList();
                case COUNTRY -> classifier.gazetteer().countries().stream().map(c -> c.code()).toList();
                case REGION -> {
                    Set<String> regions = new LinkedHashSet<>();
                    classifier.gazetteer().countries().forEach(c -> c.regions().forEach(id -> {
                        // parents too, should a gazetteer list only the most specific region of a country
                        for (Region r = classifier.gazetteer().region(id); r != null && regions.add(r.id());
                             r = r.parent() == null ? null : classifier.gazetteer().region(r.parent())) {
                        }
                    }));
                    yield List.copyOf(regions);
                }
            };
        }

        TagKey.Kind kind() {
            return TagKey.Kind.valueOf(name());
        }

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What to count. */
    record Request(Dimension by, StatsCommandPeriods periods, TimeRange range, Format format) {
    }

    private StatsCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        return TableReadCommand.run("stats", HELP, arguments, StatsCommand::parse, (request, connection, client) -> {
            List<String> values = request.by().values(Classifier.bundled());
            StatsCommandCounts counts = StatsCommandCounts.count(connection.queries(client), values, request.range(),
                    request.periods(), request.by().kind());
            counts.print(request.by().column(), request.format(), out);
            return 0;
        }, out, err);
    }

    static Request parse(List<String> args) {
        String from = QueryCommandOptions.take(args, "--from");
        String to = QueryCommandOptions.take(args, "--to");
        if (from == null || to == null) {
            throw new IllegalArgumentException("give the days to count with --from DATE and --to DATE");
        }
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        TimeRange range = QueryCommandOptions.range(from, to);
        String by = QueryCommandOptions.take(args, "--by");
        String per = QueryCommandOptions.take(args, "--per");
        String format = QueryCommandOptions.take(args, "--format");
        QueryCommandOptions.noneLeft(args);
        StatsCommandPeriods periods = StatsCommandPeriods.of(per == null ? "day" : per, first, last);
        return new Request(by == null ? Dimension.TOPIC : Dimension.parse(by), periods, range,
                format == null ? Format.TABLE : Format.parse(format));
    }

    private static LocalDate day(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date such as 2015-12-24, got \"" + value + "\"");
        }
    }
}
