package dev.articleclassifier.testing;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, why tests were skipped: tests disabled by a condition (no Chromium) and
 * tests aborted by an assumption (no Docker for LocalStack), counted per reason. Maven's console shows only
 * "Skipped: N"; the reason used to be in the XML reports alone, where nobody reading a CI log looks.
 * Registered through {@code META-INF/services}, so every test run has it.
 */
public final class SkipReport implements TestExecutionListener {

    private final Map<String, Integer> reasons = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        count(reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && test.isTest()) {
            count(result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private synchronized void count(String reason) {
        String firstLine = reason == null ? "no reason given" : reason.lines().findFirst().orElse(reason);
        reasons.merge(firstLine.replaceFirst("^Assumption failed: ", ""), 1, Integer::sum);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        reasons.forEach((reason, count) -> System.out.println("[SKIPPED] " + count + (count == 1 ? " test: " : " tests: ")
                + reason));
        reasons.clear();
    }
}
