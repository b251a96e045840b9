package dev.articleclassifier.cli.reclassify;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.cli.common.EndpointConverter;
import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.cli.common.RangeOptions;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TableOptions;
import dev.articleclassifier.cli.common.UsageErrors;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.source.SourceLimits;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.RecordListing;
import dev.articleclassifier.store.RecordSelection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code reclassify}: re-runs classification over stored records after the rules changed, reading each record's
 * original object (its stored bucket, key and version) from S3. A record is rewritten only if it still comes
 * from the S3 event it came from when it was read, so an upload or delete that lands during the run always
 * wins, exactly as between two events in the function. Records are listed with Query on the {@code byTag}
 * index, never with Scan.
 */
@Command(name = "reclassify", header = "Re-tag stored records with the current rules.",
        description = {"Re-classifies stored records (classified and rejected ones) with the current rules, reading "
                + "the original objects from S3, and stores the new tags and rules hash. A record that a newer S3 "
                + "event replaced during the run is left to that event and counted as skipped.",
                "While 'article-classifier local --watch' runs, its table and bucket are used without options.",
                "Progress (rate, time left) goes to standard error; the report to standard output."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:some records failed or the table or bucket was unreachable", "2:bad usage"})
public final class ReclassifyCommand implements Callable<Integer> {

    static final int MAX_WORKERS = 256;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "only objects whose key starts with PREFIX (incoming/2015/)")
    String prefix;

    @Mixin
    RangeOptions range;

    @Option(names = "--stale", description = "only records tagged by other rules than the current ones (rules hash differs)")
    boolean staleOnly;

    @Option(names = "--workers", paramLabel = "N", description = "records processed at once (default: 2 x cores)")
    Integer workers;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "remember finished records in FILE; a rerun with the same FILE skips them")
    Path checkpoint;

    @Option(names = "--dry-run", description = "classify and count, write nothing")
    boolean dryRun;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file to classify with (default: the bundled rules)")
    Path rules;

    @Option(names = "--s3-endpoint", paramLabel = "URL", converter = EndpointConverter.class,
            description = "an S3 endpoint such as http://127.0.0.1:PORT (default: AWS_ENDPOINT_URL_S3, else the "
                    + "running 'local --watch' stack, else AWS)")
    URI s3Endpoint;

    @Mixin
    TableOptions table;


    @Spec
    CommandSpec spec;

    private final Streams io;
    private Progress progress;

    ReclassifyCommand(Streams io) {
        this.io = io;
    }

    /** For tests: the progress display to use instead of standard error's. */
    ReclassifyCommand withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    @Override
    public Integer call() {
        RecordSelection selection = selection();
        int threads = workers == null ? Math.min(MAX_WORKERS, 2 * Runtime.getRuntime().availableProcessors())
                : workers;
        if (threads < 1 || threads > MAX_WORKERS) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--workers': takes a whole "
                    + "number from 1 to " + MAX_WORKERS + ", got " + threads);
        }
        DocumentClassifier classifier;
        try {
            classifier = rules == null ? DocumentClassifier.bundled() : DocumentClassifier.withRules(rules);
        } catch (DataFileException e) {
            io.err().println("reclassify: invalid rules: " + e.getMessage());
            return UsageErrors.STATUS;
        }
        String rulesHash = classifier.classifier().rulesHash();
        Progress shown = progress != null ? progress : Progress.onStandardError(io.err(), "reclassify", true);
        try (Checkpoint done = checkpoint == null ? Checkpoint.none() : Checkpoint.open(checkpoint, rulesHash);
             DynamoDbClient dynamo = table.client(io.err());
             S3Client s3 = table.s3Client(s3Endpoint, io.err())) {
            RecordListing listing = new RecordListing(dynamo, table.tableName());
            RecordReclassifier reclassifier = new RecordReclassifier(listing,
                    new S3ObjectSource(s3, SourceLimits.DEFAULT), classifier,
                    new DynamoDbArticleStore(dynamo, table.tableName()), staleOnly, dryRun);
            long start = System.nanoTime();
            Tally tally = new ReclassifyRun(listing, reclassifier, done, shown, threads)
                    .run(staleOnly ? selection.taggedByOtherRulesThan(rulesHash) : selection);
            tally.print(io.out(), rulesHash, dryRun, (System.nanoTime() - start) / 1e9);
            if (staleOnly && tally.seen() == 0) {
                long current = listing.count(selection);
                io.out().println("Nothing stale: " + (current == 1 ? "the 1 selected record already carries"
                        : "all " + current + " selected records already carry") + " rules " + rulesHash + ".");
            }
            tally.failures().forEach(failure -> io.err().println("reclassify: failed " + failure));
            return tally.count(Outcome.FAILED) == 0 ? 0 : 1;
        } catch (IllegalArgumentException e) {
            // a checkpoint written for other rules or another selection
            io.err().println("reclassify: " + e.getMessage());
            return UsageErrors.STATUS;
        }
    }

    private RecordSelection selection() {
        if (prefix != null && prefix.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--prefix needs a key prefix such as incoming/2015/");
        }
        if (rules != null && !Files.isRegularFile(rules)) {
            throw new ParameterException(spec.commandLine(), "--rules: no rules file " + rules);
        }
        if (checkpoint != null && Files.isDirectory(checkpoint)) {
            throw new ParameterException(spec.commandLine(), "--checkpoint takes a file, " + checkpoint + " is a folder");
        }
        try {
            return new RecordSelection(RecordSelection.READABLE, range.range(), prefix);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
