package dev.articleclassifier.bench;

import com.sun.management.ThreadMXBean;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.fuzz.PathologicalInputs;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounds beside normal work: classifies each worst-case input (nested tables, nested divs, nested NITF, 5 MB
 * of text, and the costliest shapes just inside the parser's budget) and, as the baseline in the same JVM, the
 * client's sample story. Prints per input the median wall time, the bytes allocated, the outcome, and the time
 * as a multiple of the sample story's. {@code bin/benchmark worstcase} runs it with the function's JVM options
 * and a 256 MB heap, the floors' setting.
 */
public final class WorstCaseBenchmark {

    private static final int RUNS = 3;

    private WorstCaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DocumentClassifier classifier = DocumentClassifier.bundled();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("baseline: sample wire story", Files.readAllBytes(Path.of("samples",
                "xinhua-russia-france-turkey-is.txt")));
        inputs.putAll(PathologicalInputs.worstCases());
        double baseline = -1;
        System.out.printf("%-56s %10s %10s %12s %9s  %s%n", "input", "bytes", "median ms", "allocated MB",
                "x sample", "outcome");
        for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
            String name = input.getKey();
            String fileName = name.contains("NITF") ? "feed.xml" : name.contains("wire") ? "story.txt" : "page.html";
            long[] millis = new long[RUNS];
            long allocated = 0;
            ClassifiedArticle result = null;
            for (int run = 0; run < RUNS; run++) {
                long bytesBefore = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                result = classifier.classify(input.getValue(), fileName);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                allocated = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            }
            Arrays.sort(millis);
            double median = Math.max(millis[RUNS / 2], 0.01);
            if (baseline < 0) {
                // the sample story takes well under a millisecond: time it over many runs for a usable baseline
                long start = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    classifier.classify(input.getValue(), fileName);
                }
                baseline = (System.nanoTime() - start) / 1e6 / 1000;
                median = baseline;
            }
            System.out.printf("%-56s %10d %10.2f %12.1f %9.0f  %s%n", name, input.getValue().length, median,
                    allocated / 1e6, median / baseline, result.status() == ClassifiedArticle.Status.CLASSIFIED
                            ? "classified" : result.reason());
        }
    }
}
