package dev.articleclassifier.cli;

import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.HandlerConfig;
import dev.articleclassifier.handler.PipelineFailureException;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.source.IncomingBucket;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code article-classifier local}: the whole pipeline on this machine, with no AWS account and no Docker. It
 * starts the pinned emulators (DynamoDB and S3), creates the table from {@code template.yaml} and the bucket,
 * uploads the sample wire files under {@code incoming/}, delivers an S3 ObjectCreated notification per file to the
 * Lambda handler (built with clients for the emulators) and prints what became of each file.
 *
 * <p>With {@code --watch} the stack stays up and the bucket is polled every second, so a file dropped with any S3
 * client is classified within two seconds.
 */
public final class LocalRunCommand {

    static final String BUCKET = "article-classifier-local";
    static final String TABLE = "articles";
    static final String PREFIX = "incoming/";
    static final long POLL_MILLIS = 1_000;

    static final String HELP = """
            Usage: article-classifier local [--watch] [--samples DIR]

            Runs the pipeline locally: starts the DynamoDB and S3 emulators (npm ci installs them), creates the
            table (from template.yaml) and the bucket, uploads the sample wire files under incoming/, delivers an
            S3 ObjectCreated notification per file to the Lambda handler, and prints a summary: articles per
            topic and region, rejected files with their reasons.

            Options:
              --samples DIR   wire files to upload (default: samples)
              --watch         keep the stack running and classify every file dropped into the bucket
                              (polled every second) until Ctrl-C
              --help          show this help

            Run it from the project folder (it needs node_modules there).
            """;

    private LocalRunCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("article-classifier local: " + e.getMessage());
            err.print(HELP);
            return 2;
        }
        if (options.help()) {
            out.print(HELP);
            return 0;
        }
        if (!Files.isDirectory(options.samples())) {
            err.println("article-classifier local: no samples folder " + options.samples());
            return 2;
        }
        LocalRunSummary summary = new LocalRunSummary(out);
        try (LocalEmulators emulators = LocalEmulators.start(Path.of(System.getProperty("user.dir")));
             var s3 = emulators.s3Client();
             var dynamo = emulators.dynamoClient()) {
            out.println("Local stack: S3 " + emulators.s3Endpoint() + ", DynamoDB " + emulators.dynamoEndpoint());
            IncomingBucket bucket = new IncomingBucket(s3, BUCKET);
            bucket.create();
            TableFromTemplate.bundled().createTable(dynamo, TABLE);
            out.println("Created bucket " + BUCKET + " and table " + TABLE + " (from template.yaml)");
            ArticleHandler handler = new ArticleHandler(
                    HandlerComponents.withClients(s3, dynamo, HandlerConfig.of(TABLE, BUCKET)), summary);
            return runOn(emulators, bucket, handler, summary, options, out, err);
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("article-classifier local: " + e.getMessage());
            return 1;
        }
    }

    private static int runOn(LocalEmulators emulators, IncomingBucket bucket, ArticleHandler handler,
                             LocalRunSummary summary, Options options, PrintStream out, PrintStream err) {
        S3Notifications notifications = new S3Notifications();
        List<Path> files = sampleFiles(options.samples());
        out.println("Uploading and delivering " + files.size() + " files from " + options.samples() + ":");
        int failures = 0;
        for (Path file : files) {
            String key = PREFIX + file.getFileName();
            IncomingBucket.Listed uploaded = bucket.upload(key, read(file));
            String created = notifications.created(BUCKET, key, uploaded.size(), uploaded.eTag());
            try {
                handler.handle(S3Notifications.event(List.of(created)), null);
            } catch (PipelineFailureException e) {
                err.println("article-classifier local: " + e.getMessage());
                failures++;
            }
        }
        summary.print();
        if (options.watch()) {
            watch(emulators, bucket, handler, notifications, out, err);
        }
        return failures == 0 ? 0 : 1;
    }

    private static void watch(LocalEmulators emulators, IncomingBucket bucket, ArticleHandler handler,
                              S3Notifications notifications, PrintStream out, PrintStream err) {
        BucketWatcher watcher = new BucketWatcher(bucket, PREFIX, handler, notifications, err);
        watcher.baseline();
        out.println();
        out.println("Watching s3://" + BUCKET + "/" + PREFIX + " (every second). Drop a file with any S3 client:");
        out.println("  export AWS_ACCESS_KEY_ID=" + LocalClients.ACCESS_KEY + " AWS_SECRET_ACCESS_KEY="
                + LocalClients.SECRET_KEY + " AWS_REGION=" + LocalClients.REGION.id()
                + " AWS_REQUEST_CHECKSUM_CALCULATION=when_required");
        out.println("  aws --endpoint-url " + emulators.s3Endpoint() + " s3 cp story.txt s3://" + BUCKET + "/"
                + PREFIX + "story.txt");
        out.println("  aws --endpoint-url " + emulators.dynamoEndpoint() + " dynamodb scan --table-name " + TABLE
                + " --max-items 5");
        out.println("S3 endpoint:       " + emulators.s3Endpoint());
        out.println("DynamoDB endpoint: " + emulators.dynamoEndpoint());
        out.println("Press Ctrl-C to stop (the emulators and their data go with it).");
        watcher.run(POLL_MILLIS);
    }

    private static List<Path> sampleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The parsed command line. */
    record Options(boolean watch, Path samples, boolean help) {

        static Options parse(List<String> args) {
            boolean watch = false;
            boolean help = false;
            Path samples = Path.of("samples");
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--watch" -> watch = true;
                    case "-h", "--help" -> help = true;
                    case "--samples" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--samples needs a folder");
                        }
                        samples = Path.of(args.get(++i));
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args.get(i) + "'");
                }
            }
            return new Options(watch, samples, help);
        }
    }
}
