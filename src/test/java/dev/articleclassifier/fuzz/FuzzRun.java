package dev.articleclassifier.fuzz;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a fuzz property over generated cases. The number of cases and the seed come from system properties, so the
 * build runs a short pass and a longer one is a command line away:
 * {@code mvn test -Dtest='*FuzzTest' -Dfuzz.cases=200000 -Dfuzz.seed=7}. Each case draws from its own seeded
 * {@link Random}, and a failure names the seed and case that reproduce it.
 */
public final class FuzzRun {

    /** System property: cases per fuzz property (default: each test's short-run count). */
    public static final String CASES = "fuzz.cases";
    /** System property: the seed of the run (default: a fixed seed, so the build is repeatable). */
    public static final String SEED = "fuzz.seed";

    private FuzzRun() {
    }

    /** Generates {@code defaultCases} cases (or {@value #CASES}) and checks each; rethrows with the case named. */
    public static <T> int forAll(int defaultCases, Function<Random, T> generator, Consumer<T> property) {
        int cases = Integer.getInteger(CASES, defaultCases);
        long seed = Long.getLong(SEED, 20261206L);
        for (int i = 0; i < cases; i++) {
            long caseSeed = seed * 1_000_003L + i;
            T value = generator.apply(new Random(caseSeed));
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("fuzz case " + i + " of seed " + seed + " failed (" + e + ") on: "
                        + describe(value), e);
            }
        }
        return cases;
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
