package dev.articleclassifier.cli.local;

import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.HandlerConfig;
import dev.articleclassifier.handler.PipelineFailureException;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.LocalStackFile;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.source.IncomingBucket;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.UsageErrors;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
@Command(name = "local", header = "The whole pipeline on local emulators (no AWS, no Docker).",
        description = {"Runs the pipeline locally: starts the DynamoDB and S3 emulators (npm ci installs them), creates "
                + "the table (from template.yaml) and the bucket, uploads the sample wire files under incoming/, "
                + "delivers an S3 ObjectCreated notification per file to the Lambda handler, and prints a summary: "
                + "articles per topic and region, rejected files with their reasons.",
                "With --watch the stack stays up; query, stats, dashboard and reclassify then find it without "
                + "--endpoint options. Run it from the project folder (it needs node_modules there)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file delivered", "1:a delivery failed or the emulators did not start",
                "2:bad usage"})
public final class LocalCommand implements Callable<Integer> {

    static final String BUCKET = "article-classifier-local";
    static final String TABLE = "articles";
    static final String PREFIX = "incoming/";
    static final long POLL_MILLIS = 1_000;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "wire files to upload (default: samples)")
    Path samples;

    @Option(names = "--watch", description = "keep the stack running and classify every file dropped into the "
            + "bucket (polled every second) until Ctrl-C")
    boolean watch;


    private final Streams io;

    LocalCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        PrintStream err = io.err();
        if (!Files.isDirectory(samples)) {
            err.println("local: no samples folder " + samples);
            return UsageErrors.STATUS;
        }
        RunSummary summary = new RunSummary(out);
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
            return runOn(emulators, bucket, handler, summary, out, err);
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("local: " + e.getMessage());
            return 1;
        }
    }

    private int runOn(LocalEmulators emulators, IncomingBucket bucket, ArticleHandler handler,
                      RunSummary summary, PrintStream out, PrintStream err) {
        S3Notifications notifications = new S3Notifications();
        List<Path> files = sampleFiles(samples);
        out.println("Uploading and delivering " + files.size() + " files from " + samples + ":");
        int failures = 0;
        for (Path file : files) {
            String key = PREFIX + file.getFileName();
            IncomingBucket.Listed uploaded = bucket.upload(key, read(file));
            String created = notifications.created(BUCKET, key, uploaded.size(), uploaded.eTag());
            try {
                handler.handle(S3Notifications.event(List.of(created)), null);
            } catch (PipelineFailureException e) {
                err.println("local: " + e.getMessage());
                failures++;
            }
        }
        summary.print();
        if (watch) {
            watch(emulators, bucket, handler, notifications, out, err);
        }
        return failures == 0 ? 0 : 1;
    }

    private static void watch(LocalEmulators emulators, IncomingBucket bucket, ArticleHandler handler,
                              S3Notifications notifications, PrintStream out, PrintStream err) {
        BucketWatcher watcher = new BucketWatcher(bucket, PREFIX, handler, notifications, err);
        watcher.baseline();
        emulators.announce(LocalStackFile.location(), TABLE, BUCKET);
        out.println();
        out.println("Watching s3://" + BUCKET + "/" + PREFIX + " (every second).");
        out.println(instructions(emulators.s3Endpoint().toString(), emulators.dynamoEndpoint().toString()));
        out.println("Press Ctrl-C to stop (the emulators, their data and logs go with it).");
        out.flush();
        watcher.run(POLL_MILLIS);
    }

    /**
     * What a user needs to use the running stack: the other commands (which find it by themselves), and any
     * S3 or DynamoDB client. The AWS CLI reads its region from {@code AWS_DEFAULT_REGION}, the SDKs from
     * {@code AWS_REGION}: both are set, so the examples work with either.
     */
    static String instructions(String s3Endpoint, String dynamoEndpoint) {
        return String.join(System.lineSeparator(),
                "S3 endpoint:       " + s3Endpoint,
                "DynamoDB endpoint: " + dynamoEndpoint,
                "",
                "The other commands find this stack by themselves while it runs, for example:",
                "  bin/article-classifier query --latest 10",
                "  bin/article-classifier stats --from 2015-01-01 --to 2015-12-31 --per month",
                "  bin/article-classifier dashboard --port 0",
                "  bin/article-classifier reclassify --stale",
                "",
                "Any S3 or DynamoDB client works too, e.g. the AWS CLI:",
                "  export AWS_ACCESS_KEY_ID=" + LocalClients.ACCESS_KEY + " AWS_SECRET_ACCESS_KEY="
                        + LocalClients.SECRET_KEY + " AWS_DEFAULT_REGION=" + LocalClients.REGION.id()
                        + " AWS_REGION=" + LocalClients.REGION.id() + " AWS_REQUEST_CHECKSUM_CALCULATION=when_required",
                "  aws --endpoint-url " + s3Endpoint + " s3 cp story.txt s3://" + BUCKET + "/" + PREFIX + "story.txt",
                "  aws --endpoint-url " + dynamoEndpoint + " dynamodb scan --table-name " + TABLE + " --max-items 5");
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
}
