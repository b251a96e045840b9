package dev.articleclassifier.cli.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A test that drives a real headless Chromium: run where Debian's {@code chromium} package is installed, reported
 * as skipped with the reason elsewhere.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@EnabledIf(value = "dev.articleclassifier.cli.dashboard.HeadlessChromium#installed",
        disabledReason = "no browser at /usr/bin/chromium: install Debian's chromium package (.ci/run does) to run "
                + "the dashboard's browser tests")
@interface BrowserTest {
}
