package dev.articleclassifier.cli.stats;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.cli.common.Periods;
import dev.articleclassifier.cli.common.RangeOptions;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TableFormats.Format;
import dev.articleclassifier.cli.common.TableOptions;
import dev.articleclassifier.cli.common.TagValues;
import dev.articleclassifier.store.TagKey;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code stats}: how many articles each topic, region or country got per day or week. The table is never
 * scanned: every tag value the bundled rules (topic ids) or gazetteer (country codes, region ids) can produce
 * is one Query on the {@code byTag} index over the range, and the articles found are counted by the period of
 * their sort time (UTC). Values with no article in the range are left out.
 */
@Command(name = "stats", header = "Article counts per topic, region or country per period.",
        description = {"Counts classified articles per topic, region or country for each period of a time range: "
                + "one row per period (labelled by its first day) and one column per value, a total row, and a "
                + "last column of distinct articles (an article with several tags counts once there)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:printed", "1:table unreachable", "2:bad usage"})
public final class StatsCommand implements Callable<Integer> {

    /** The dimension counted. */
    enum Dimension {
        TOPIC, REGION, COUNTRY;

        List<String> values(Classifier classifier) {
            return switch (this) {
                case TOPIC -> TagValues.topics(classifier);
                case COUNTRY -> TagValues.countries(classifier);
                case REGION -> TagValues.regions(classifier);
            };
        }

        TagKey.Kind kind() {
            return TagKey.Kind.valueOf(name());
        }

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** More rows than this is almost certainly a typo in a year. */
    static final int MAX_PERIODS = 3_700;

    @Mixin
    RangeOptions range;

    @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "topic",
            description = "topic (default), region or country")
    Dimension by;

    @Option(names = "--per", paramLabel = "PERIOD", defaultValue = "day",
            description = "day (default), week (starting on Monday), month or year")
    Periods.Unit per;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
            completionCandidates = Format.Names.class, description = "table (default), csv or jsonl")
    Format format;

    @Mixin
    TableOptions table;


    @Spec
    CommandSpec spec;

    private final Streams io;

    StatsCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Periods periods;
        try {
            periods = range.periods(per);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (periods.count() > MAX_PERIODS) {
            throw new ParameterException(spec.commandLine(), "the range has " + periods.count() + " "
                    + per.label() + "s, more than " + MAX_PERIODS + ": use a longer --per or a shorter range");
        }
        try (DynamoDbClient client = table.client(io.err())) {
            Counts counts = Counts.count(table.queries(client), by.values(Classifier.bundled()), range.range(),
                    periods, by.kind());
            counts.print(by.column(), format, io.out());
            return 0;
        }
    }
}
