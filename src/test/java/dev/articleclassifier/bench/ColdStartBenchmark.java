package dev.articleclassifier.bench;

import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.source.IncomingBucket;
import dev.articleclassifier.testing.FunctionEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold-start proxy: starts the emulators once, then runs {@link ColdStartProbe} in fresh JVMs on the function
 * package ({@code target/article-classifier-function.jar}) with the function's JVM options (C1 only), alternating
 * the project's handler with a minimal GetObject + PutItem handler on the same SDK clients, and prints the medians of
 * init and first-event milliseconds and the ratio of ours to the minimal one. After one discarded warm-up round,
 * each round runs the two handlers twice, as A B B A, and gives one paired ratio (the sum of ours over the sum of
 * the minimal handler's); the headline is the median of those ratios, so a load swing on the shared machine hits
 * both sides of a pair alike. The same ratio of CPU time (every thread of each JVM, from main to the end of the
 * first event) is printed beside it: the work each handler does, little moved by other processes' load. The
 * target is ours (init + first event, wall time) within 1.3x of the minimal handler.
 *
 * <p>Usage: {@code ColdStartBenchmark [RUNS]} (default 5 per kind), from the project folder.
 */
public final class ColdStartBenchmark {

    private static final String BUCKET = "coldstart-incoming";
    private static final String TABLE = "coldstart-articles";
    private static final String KEY = "incoming/xinhua-russia-france-turkey-is.txt";
    private static final List<String> KINDS = List.of("minimal", "full", "primed");

    // Classes loaded at init and during the first event, from the last run of each kind (they barely vary).
    private static final Map<String, String> classes = new LinkedHashMap<>();

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        byte[] seed = Files.readAllBytes(Path.of("samples", "xinhua-russia-france-turkey-is.txt"));
        try (LocalEmulators emulators = LocalEmulators.start(Path.of(System.getProperty("user.dir")));
             var s3 = emulators.s3Client();
             var dynamo = emulators.dynamoClient()) {
            IncomingBucket bucket = new IncomingBucket(s3, BUCKET);
            bucket.create();
            bucket.upload(KEY, seed);
            TableFromTemplate.bundled().createTable(dynamo, TABLE);
            Map<String, List<double[]>> results = new LinkedHashMap<>();
            classes.clear();
            KINDS.forEach(k -> results.put(k, new ArrayList<>()));
            // One round first, thrown away: the first JVMs pay for a cold disk cache and for the emulators' own
            // first requests of each kind, which would count against whichever handler happened to run first.
            for (String kind : KINDS) {
                probe(kind, emulators, seed.length);
            }
            List<Double> pairedRatios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                // Each round runs the two handlers as A B B A (B A A B the next round): a load that rises or falls
                // steadily during the round weighs on both sides alike.
                List<String> order = run % 2 == 0 ? List.of("minimal", "full", "full", "minimal")
                        : List.of("full", "minimal", "minimal", "full");
                Map<String, double[]> round = new LinkedHashMap<>();
                for (String kind : order) {
                    double[] r = probe(kind, emulators, seed.length);
                    results.get(kind).add(r);
                    round.merge(kind, new double[] {r[3], r[4]}, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
                }
                results.get("primed").add(probe("primed", emulators, seed.length));
                pairedRatios.add(round.get("full")[0] / round.get("minimal")[0]);
                cpuRatios.add(round.get("full")[1] / round.get("minimal")[1]);
            }
            System.out.printf("cold start, fresh JVM per run, median of %d runs (ms):%n", runs);
            System.out.printf("  %-8s %8s %8s %8s %14s %18s%n", "handler", "jvm", "init", "first", "init+first",
                    "classes init+first");
            Map<String, Double> totals = new LinkedHashMap<>();
            for (String kind : KINDS) {
                double jvm = median(results.get(kind), 0);
                double init = median(results.get(kind), 1);
                double first = median(results.get(kind), 2);
                double total = median(results.get(kind), 3);
                totals.put(kind, total);
                System.out.printf("  %-8s %8.0f %8.1f %8.1f %14.1f %18s%n", kind, jvm, init, first, total,
                        classes.get(kind));
            }
            System.out.printf("ratio full/minimal (init+first), median of the %d rounds' ratios: %.2fx (target <= 1.30x);"
                    + " ratio of the medians: %.2fx; rounds: %s%n", runs, median(pairedRatios),
                    totals.get("full") / totals.get("minimal"), rounded(pairedRatios));
            System.out.printf("CPU time full/minimal (init+first, all threads of the JVM), median of the rounds' ratios:"
                    + " %.2fx; rounds: %s%n", median(cpuRatios), rounded(cpuRatios));
            System.out.printf("primed = SnapStart's work done at init; a restored snapshot pays only 'first': %.1f ms%n",
                    median(results.get("primed"), 2));
            System.out.println("where init goes (ms, one fresh JVM): " + run("breakdown", emulators, seed.length)
                    .lines().filter(l -> l.startsWith("breakdown ")).findFirst().orElse("?").substring(10));
            System.out.println("where the first event goes (ms, one fresh JVM): " + run("first-event", emulators,
                    seed.length).lines().filter(l -> l.startsWith("first-event ")).findFirst().orElse("?")
                    .substring(12));
        }
    }

    private static String run(String kind, LocalEmulators emulators, long size)
            throws IOException, InterruptedException {
        // The function package alone, as Lambda loads it, plus the folder that holds the probe.
        String classPath = functionPackage() + File.pathSeparator + probeFolder();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-Xshare:auto", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
        // extra options for looking inside the probes, e.g. -Dcoldstart.probeOptions=-Xlog:class+load:file=x.log
        String extra = System.getProperty("coldstart.probeOptions", "").replace("{kind}", kind);
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName(), kind, KEY, Long.toString(size)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(FunctionEnvironment.of(emulators.s3Endpoint(), emulators.dynamoEndpoint(), TABLE, BUCKET));
        env.remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(kind + " probe failed:\n" + output);
        }
        return output;
    }

    private static double[] probe(String kind, LocalEmulators emulators, long size)
            throws IOException, InterruptedException {
        String output = run(kind, emulators, size);
        String line = output.lines().filter(l -> l.startsWith("jvm=")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no timings from " + kind + ":\n" + output));
        double jvm = 0;
        double init = 0;
        double first = 0;
        double cpu = 0;
        for (String part : line.split(" ")) {
            String[] kv = part.split("=");
            switch (kv[0]) {
                case "jvm" -> jvm = Double.parseDouble(kv[1]);
                case "init" -> init = Double.parseDouble(kv[1]);
                case "first" -> first = Double.parseDouble(kv[1]);
                case "cpu" -> cpu = Double.parseDouble(kv[1]);
                case "classes" -> classes.put(kind, kv[1]);
                default -> { }
            }
        }
        return new double[] {jvm, init, first, init + first, cpu};
    }

    private static String functionPackage() {
        Path jar = Path.of(System.getProperty("function.package", "target/article-classifier-function.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -DskipTests package` first");
        }
        return jar.toString();
    }

    private static String probeFolder() {
        try {
            return Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rounded(List<Double> ratios) {
        return ratios.stream().map(r -> String.format("%.2f", r)).toList();
    }

    private static double median(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray()[values.size() / 2];
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
