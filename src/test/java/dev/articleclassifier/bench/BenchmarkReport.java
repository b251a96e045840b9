package dev.articleclassifier.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ClassifierThroughputBenchmark} on a folder and prints MB/s and documents/s of the floor, of parsing
 * alone and of the whole classification, and the ratio of the classifier's time to the floor's. Usage:
 * {@code BenchmarkReport FOLDER [jmh options]}.
 *
 * <p>Figures are the median of each benchmark's measured iterations, the mean beside it: on a machine shared with
 * other builds, an iteration that another process's burst slowed is an outlier, which moves the mean (and with it
 * a ratio of two benchmarks measured a minute apart) but not the median. The thread's CPU time per pass
 * ({@link CpuTime}) follows, which leaves out the time the thread waited for a core.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        String folder = args.length > 0 ? args[0] : "samples";
        List<byte[]> documents = ClassifierThroughputBenchmark.readFolder(Path.of(folder));
        long bytes = documents.stream().mapToLong(d -> d.length).sum();
        String[] jmhArgs = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(jmhArgs))
                .include(ClassifierThroughputBenchmark.class.getSimpleName())
                .param("folder", folder)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double floorMs = 0;
        double classifyMs = 0;
        double parseMs = 0;
        double floorMean = 0;
        double classifyMean = 0;
        double parseMean = 0;
        double floorCpu = 0;
        double classifyCpu = 0;
        double parseCpu = 0;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double median = result.getPrimaryResult().getStatistics().getPercentile(50);
            double mean = result.getPrimaryResult().getScore();
            double cpu = result.getSecondaryResults().get("cpuMsPerOp").getStatistics().getPercentile(50);
            if (name.endsWith("floorDecodeAndTokenize")) {
                floorMs = median;
                floorMean = mean;
                floorCpu = cpu;
            } else if (name.endsWith("classify")) {
                classifyMs = median;
                classifyMean = mean;
                classifyCpu = cpu;
            } else if (name.endsWith("parse")) {
                parseMs = median;
                parseMean = mean;
                parseCpu = cpu;
            }
        }
        double mb = bytes / 1e6;
        System.out.printf("%nfolder %s: %d documents, %.2f MB; median of the measured iterations (mean)%n", folder,
                documents.size(), mb);
        System.out.printf("floor (decode + tokenize): %8.1f MB/s (%5.1f) %10.0f documents/s%n",
                mb / (floorMs / 1000), mb / (floorMean / 1000), documents.size() / (floorMs / 1000));
        System.out.printf("parse only:                %8.1f MB/s (%5.1f) %10.0f documents/s (%.0f%% of classify's time)%n",
                mb / (parseMs / 1000), mb / (parseMean / 1000), documents.size() / (parseMs / 1000),
                100 * parseMs / classifyMs);
        System.out.printf("classify (parse + tag):    %8.1f MB/s (%5.1f) %10.0f documents/s%n",
                mb / (classifyMs / 1000), mb / (classifyMean / 1000), documents.size() / (classifyMs / 1000));
        System.out.printf("classify / floor time ratio: %.2fx (%.2fx) (target: at most 3x; throughput target: 50 MB/s)%n",
                classifyMs / floorMs, classifyMean / floorMean);
        System.out.printf("thread CPU time per pass (median), which waiting for a core leaves out:%n");
        System.out.printf("  floor %.1f ms = %.1f MB/s, parse %.1f ms = %.1f MB/s, classify %.1f ms = %.1f MB/s: "
                        + "classify / floor %.2fx%n", floorCpu, mb / (floorCpu / 1000), parseCpu,
                mb / (parseCpu / 1000), classifyCpu, mb / (classifyCpu / 1000), classifyCpu / floorCpu);
    }
}
