package dev.articleclassifier.cli;

import dev.articleclassifier.cli.reclassify.Checkpoint;
import dev.articleclassifier.cli.reclassify.Outcome;
import dev.articleclassifier.cli.reclassify.ProgressBar;
import dev.articleclassifier.cli.reclassify.ReclassifyRun;
import dev.articleclassifier.cli.reclassify.RecordReclassifier;
import dev.articleclassifier.cli.reclassify.Tally;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.parse.InputLimits;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.RecordListing;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code reclassify}: re-runs classification over stored records after the rules changed, reading each record's
 * original object (its stored bucket, key and version) from S3. A record is rewritten only if it still comes
 * from the S3 event it came from when it was read, so an upload or delete that lands during the run always
 * wins, exactly as between two events in the function. Records are listed with Query on the {@code byTag}
 * index, never with Scan.
 */
final class ReclassifyCommand {

    static final String HELP = """
            Usage: article-classifier reclassify [--prefix KEY_PREFIX] [--from DATE] [--to DATE] [--stale]
                                                 [--workers N] [--checkpoint FILE] [--dry-run] [--rules FILE]
                                                 [--s3-endpoint URL] [OPTIONS]

            Re-classifies stored records (classified and rejected ones) with the current rules, reading the
            original objects from S3, and stores the new tags and rules hash. A record that a newer S3 event
            replaced during the run is left to that event and counted as skipped.

              --prefix PREFIX   only objects whose key starts with PREFIX (incoming/2015/)
              --from DATE       only records whose time (published, else ingested) is on or after DATE
              --to DATE         ... on or before DATE (dates are whole days; UTC date-times are taken as given)
              --stale           only records tagged by other rules than the current ones (rules hash differs)
              --workers N       records processed at once (default: 2 x cores)
              --checkpoint FILE remember finished records in FILE; a rerun with the same FILE skips them
              --dry-run         classify and count, write nothing
              --rules FILE      rules file to classify with (default: the bundled rules)
              --s3-endpoint URL an S3 endpoint such as the local stack's http://127.0.0.1:PORT
                                (default: the SDK's usual environment, e.g. AWS_ENDPOINT_URL_S3)
            %s  -h, --help        show this help

            Progress (rate, time left) goes to standard error; the report to standard output.
            Exit status: 0 done, 1 some records failed or the table or bucket was unreachable, 2 bad usage.
            """.formatted(TableConnection.OPTIONS_HELP);

    private ReclassifyCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        return run(arguments, out, err, ProgressBar.forConsole(err));
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err, ProgressBar progress) {
        List<String> args = new ArrayList<>(arguments);
        if (QueryCommandOptions.wantsHelp(args)) {
            out.print(HELP);
            return 0;
        }
        TableConnection connection;
        ReclassifyCommandOptions options;
        DocumentClassifier classifier;
        try {
            connection = TableConnection.fromArgs(args);
            options = ReclassifyCommandOptions.parse(args);
            classifier = options.rules() == null ? DocumentClassifier.bundled()
                    : DocumentClassifier.withRules(options.rules());
        } catch (IllegalArgumentException | DataFileException e) {
            err.println("reclassify: " + e.getMessage() + " (see --help)");
            return 2;
        }
        String rulesHash = classifier.classifier().rulesHash();
        try (Checkpoint checkpoint = openCheckpoint(options, rulesHash);
             DynamoDbClient dynamo = connection.client();
             S3Client s3 = s3(options)) {
            RecordListing listing = new RecordListing(dynamo, connection.tableName());
            RecordReclassifier reclassifier = new RecordReclassifier(listing,
                    new S3ObjectSource(s3, InputLimits.DEFAULT), classifier,
                    new DynamoDbArticleStore(dynamo, connection.tableName()), options.staleOnly(), options.dryRun());
            long start = System.nanoTime();
            Tally tally = new ReclassifyRun(listing, reclassifier, checkpoint, progress, options.workers())
                    .run(options.staleOnly() ? options.selection().taggedByOtherRulesThan(rulesHash)
                            : options.selection());
            tally.print(out, rulesHash, options.dryRun(), (System.nanoTime() - start) / 1e9);
            tally.failures().forEach(failure -> err.println("reclassify: failed " + failure));
            return tally.count(Outcome.FAILED) == 0 ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("reclassify: " + e.getMessage());
            return 2;
        } catch (SdkException | UncheckedIOException e) {
            err.println("reclassify: cannot reach table " + connection.tableName() + " or its objects: "
                    + e.getMessage());
            return 1;
        }
    }

    private static Checkpoint openCheckpoint(ReclassifyCommandOptions options, String rulesHash) {
        return options.checkpoint() == null ? Checkpoint.none() : Checkpoint.open(options.checkpoint(), rulesHash);
    }

    private static S3Client s3(ReclassifyCommandOptions options) {
        if (options.s3Endpoint() != null) {
            return LocalClients.s3(options.s3Endpoint());
        }
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
