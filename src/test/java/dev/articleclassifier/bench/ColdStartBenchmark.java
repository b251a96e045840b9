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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold-start proxy: starts the emulators once, then runs {@link ColdStartProbe} in fresh JVMs on the function
 * package ({@code target/article-classifier-function.jar}) with the function's JVM options (C1 only), alternating
 * the project's handler with a minimal GetObject + PutItem handler on the same SDK clients, and prints the medians of
 * init and first-event milliseconds and their ratio. Alternating the kinds spreads disk-cache and CPU noise over
 * both. The target is ours (init + first event) within 1.3x of the minimal handler.
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
            for (int run = 0; run < runs; run++) {
                for (String kind : KINDS) {
                    results.get(kind).add(probe(kind, emulators, seed.length));
                }
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
            System.out.printf("ratio full/minimal (init+first): %.2fx (target <= 1.30x)%n",
                    totals.get("full") / totals.get("minimal"));
            System.out.printf("primed = SnapStart's work done at init; a restored snapshot pays only 'first': %.1f ms%n",
                    median(results.get("primed"), 2));
            System.out.println("where init goes (ms, one fresh JVM): " + run("breakdown", emulators, seed.length)
                    .lines().filter(l -> l.startsWith("breakdown ")).findFirst().orElse("?").substring(10));
        }
    }

    private static String run(String kind, LocalEmulators emulators, long size)
            throws IOException, InterruptedException {
        // The function package alone, as Lambda loads it, plus the folder that holds the probe.
        String classPath = functionPackage() + File.pathSeparator + probeFolder();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xshare:auto", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, ColdStartProbe.class.getName(), kind, KEY, Long.toString(size));
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
        for (String part : line.split(" ")) {
            String[] kv = part.split("=");
            switch (kv[0]) {
                case "jvm" -> jvm = Double.parseDouble(kv[1]);
                case "init" -> init = Double.parseDouble(kv[1]);
                case "first" -> first = Double.parseDouble(kv[1]);
                case "classes" -> classes.put(kind, kv[1]);
                default -> { }
            }
        }
        return new double[] {jvm, init, first, init + first};
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

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
