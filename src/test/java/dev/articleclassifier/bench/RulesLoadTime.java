package dev.articleclassifier.bench;

import dev.articleclassifier.classify.Classifier;

/**
 * Cold-start cost of the classifier: run in a fresh JVM, it times building the bundled rules and gazetteer
 * (class loading, parsing, compiling the dictionaries) and, beside it, reading the same resources' bytes only.
 * Prints one line with wall-clock and this thread's CPU milliseconds; on a shared, busy machine the CPU figure
 * is the steadier one (wall time then includes waiting for a core).
 */
public final class RulesLoadTime {

    private RulesLoadTime() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        byte[] rules;
        byte[] gazetteer;
        try (var a = Classifier.class.getResourceAsStream("rules.jsonc");
             var b = Classifier.class.getResourceAsStream("gazetteer.jsonc")) {
            rules = a.readAllBytes();
            gazetteer = b.readAllBytes();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        Classifier classifier = Classifier.bundled();
        long c2 = threads.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        System.out.printf("read_only_ms=%.1f load_wall_ms=%.1f load_cpu_ms=%.1f topics=%d countries=%d bytes=%d%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6, classifier.rules().topics().size(),
                classifier.gazetteer().countries().size(), rules.length + gazetteer.length);
    }
}
