package dev.articleclassifier.cli;

import dev.articleclassifier.store.RecordSelection;
import dev.articleclassifier.store.TimeRange;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code reclassify}, parsed from a mutable argument list (the table options are taken out
 * first by {@link TableConnection}). Every mistake is an {@link IllegalArgumentException} with a message the
 * command prints before exiting with status 2.
 *
 * @param rules      a rules file, or {@code null} for the bundled rules
 * @param checkpoint a checkpoint file, or {@code null} for none
 * @param s3Endpoint an S3 endpoint such as the local stack's, or {@code null} for the SDK's usual one
 */
record ReclassifyCommandOptions(RecordSelection selection, boolean staleOnly, int workers, Path checkpoint,
                                boolean dryRun, Path rules, URI s3Endpoint) {

    static final int MAX_WORKERS = 256;

    static ReclassifyCommandOptions parse(List<String> args) {
        String prefix = QueryCommandOptions.take(args, "--prefix");
        String from = QueryCommandOptions.take(args, "--from");
        String to = QueryCommandOptions.take(args, "--to");
        boolean stale = flag(args, "--stale");
        boolean dryRun = flag(args, "--dry-run");
        int defaultWorkers = Math.min(MAX_WORKERS, 2 * Runtime.getRuntime().availableProcessors());
        int workers = QueryCommandOptions.positive("--workers", QueryCommandOptions.take(args, "--workers"),
                defaultWorkers, MAX_WORKERS);
        String checkpoint = QueryCommandOptions.take(args, "--checkpoint");
        String rules = QueryCommandOptions.take(args, "--rules");
        String s3Endpoint = QueryCommandOptions.take(args, "--s3-endpoint");
        QueryCommandOptions.noneLeft(args);
        TimeRange range = QueryCommandOptions.range(from, to);
        if (prefix != null && prefix.isBlank()) {
            throw new IllegalArgumentException("--prefix needs a key prefix such as incoming/2015/");
        }
        Path rulesFile = rules == null ? null : Path.of(rules);
        if (rulesFile != null && !Files.isRegularFile(rulesFile)) {
            throw new IllegalArgumentException("no rules file " + rules);
        }
        Path checkpointFile = checkpoint == null ? null : Path.of(checkpoint);
        if (checkpointFile != null && Files.isDirectory(checkpointFile)) {
            throw new IllegalArgumentException("--checkpoint takes a file, " + checkpoint + " is a folder");
        }
        return new ReclassifyCommandOptions(new RecordSelection(RecordSelection.READABLE, range, prefix), stale,
                workers, checkpointFile, dryRun, rulesFile, s3Endpoint == null ? null : endpoint(s3Endpoint));
    }

    private static boolean flag(List<String> args, String name) {
        boolean present = args.remove(name);
        if (args.contains(name)) {
            throw new IllegalArgumentException(name + " is given twice");
        }
        return present;
    }

    private static URI endpoint(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("--s3-endpoint takes a URL such as http://127.0.0.1:4569, got \""
                        + value + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--s3-endpoint takes a URL, got \"" + value + "\"");
        }
    }
}
