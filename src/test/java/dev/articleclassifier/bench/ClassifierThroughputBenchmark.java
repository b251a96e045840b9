package dev.articleclassifier.bench;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.text.TokenizedText;
import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.classify.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread classification throughput over a folder of texts, beside a floor measured in the same run:
 * decoding the bytes and tokenizing them, the least any classifier must do. One operation is one pass over the
 * whole folder, so MB/s = folder MB / (s/op) and documents/s = files / (s/op); {@link BenchmarkReport} prints
 * both and the ratio to the floor.
 *
 * <p>Twenty seconds of warmup: on a shared two-core machine the compiler threads compete with other builds, and
 * the classifier was seen still interpreted or half compiled after eight seconds (a first measured iteration at
 * twice the steady time, or six iterations at 1.4 times it), which measured the compiler's wait rather than the
 * code. The forked JVM uses the serial collector, as the classifier does where it runs: the command line asks
 * for it, and the function's memory size (under 1,792 MB) makes the JVM choose it. Each benchmark also reports
 * its thread's CPU time per operation ({@link CpuTime}), which another process's load leaves out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
@Threads(1)
public class ClassifierThroughputBenchmark {

    /** Folder of wire texts, read recursively. */
    @Param("samples")
    public String folder;

    private List<byte[]> documents;
    private DocumentClassifier classifier;
    private ArticleParser parser;

    @Setup(Level.Trial)
    public void load() throws IOException {
        documents = readFolder(Path.of(folder));
        classifier = DocumentClassifier.bundled();
        parser = new ArticleParser(classifier.classifier().placeResolver());
    }

    static List<byte[]> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** The floor: UTF-8 decoding and tokenizing every document. */
    @Benchmark
    public void floorDecodeAndTokenize(Blackhole sink, CpuTime cpu) {
        long started = cpu.start();
        for (byte[] document : documents) {
            TokenizedText tokens = Tokenizer.tokenize(new String(document, StandardCharsets.UTF_8));
            sink.consume(tokens.size());
        }
        cpu.operationDone(started);
    }

    /** Parsing alone (decoding, format detection, cleaning), to show how the product's time divides. */
    @Benchmark
    public void parse(Blackhole sink, CpuTime cpu) {
        long started = cpu.start();
        for (byte[] document : documents) {
            sink.consume(parser.parse(document, "doc.txt"));
        }
        cpu.operationDone(started);
    }

    /** The product: parse (decoding, format detection, cleaning), then language, topics, countries and regions. */
    @Benchmark
    public void classify(Blackhole sink, CpuTime cpu) {
        long started = cpu.start();
        for (byte[] document : documents) {
            ClassifiedArticle result = classifier.classify(document, "doc.txt");
            sink.consume(result);
        }
        cpu.operationDone(started);
    }
}
