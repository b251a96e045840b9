package dev.articleclassifier.cli.common;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command has, inherited from the root command: {@code --verbose}. Logging is set up from the raw arguments before picocli runs
 * (see {@link Logging}); the option is declared here so that it appears in every help text and parses anywhere.
 */
public final class CommonOptions {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "log the AWS SDK's requests and retries (debug) on standard error")
    boolean verbose;
}
