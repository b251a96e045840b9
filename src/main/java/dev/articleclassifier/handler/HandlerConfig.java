package dev.articleclassifier.handler;

import dev.articleclassifier.parse.InputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The function's settings, read once per container from the environment variables named in
 * {@link EnvironmentVariables}.
 *
 * @param tableName    the article table
 * @param bucketName   the incoming bucket, or {@code null} when not configured (only used for client warm-up)
 * @param limits       the size limit of an object, of its inflated content and of the parser's input
 * @param rulesFile    a user rules file, or empty for the bundled rules
 * @param rulesObject  an S3 object whose rules replace those of the file or the bundle while it is valid
 * @param rulesRefresh how long the rules of {@code rulesObject} are used before S3 is asked whether they changed
 */
public record HandlerConfig(String tableName, String bucketName, InputLimits limits, Optional<Path> rulesFile,
                            Optional<S3RulesLocation> rulesObject, Duration rulesRefresh) {

    /** Rules are checked this often when {@link EnvironmentVariables#RULES_REFRESH_SECONDS} is not set. */
    public static final Duration DEFAULT_RULES_REFRESH = Duration.ofSeconds(60);

    public HandlerConfig {
        if (rulesRefresh.isNegative()) {
            throw new IllegalArgumentException("rules refresh interval is negative: " + rulesRefresh);
        }
    }

    /** Rules from a file or the bundle only, no rules object. */
    public HandlerConfig(String tableName, String bucketName, InputLimits limits, Optional<Path> rulesFile) {
        this(tableName, bucketName, limits, rulesFile, Optional.empty(), DEFAULT_RULES_REFRESH);
    }

    /** A table and bucket with default limits and the bundled rules. */
    public static HandlerConfig of(String tableName, String bucketName) {
        return new HandlerConfig(tableName, bucketName, InputLimits.DEFAULT, Optional.empty());
    }

    /** Reads the configuration, failing fast with the variable's name when one is missing or malformed. */
    public static HandlerConfig fromEnvironment(Map<String, String> env) {
        String table = env.get(EnvironmentVariables.TABLE_NAME);
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("environment variable " + EnvironmentVariables.TABLE_NAME + " is not set");
        }
        InputLimits limits;
        try {
            limits = new InputLimits(number(env, EnvironmentVariables.MAX_OBJECT_BYTES, InputLimits.DEFAULT_MAX_BYTES));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("environment variable " + EnvironmentVariables.MAX_OBJECT_BYTES + ": "
                    + e.getMessage(), e);
        }
        String bucket = env.get(EnvironmentVariables.BUCKET_NAME);
        long refresh = number(env, EnvironmentVariables.RULES_REFRESH_SECONDS, DEFAULT_RULES_REFRESH.toSeconds());
        if (refresh < 0) {
            throw new IllegalStateException("environment variable " + EnvironmentVariables.RULES_REFRESH_SECONDS
                    + " must not be negative: " + refresh);
        }
        return new HandlerConfig(table.strip(), bucket == null || bucket.isBlank() ? null : bucket.strip(), limits,
                text(env, EnvironmentVariables.RULES_FILE).map(Path::of), rulesObject(env),
                Duration.ofSeconds(refresh));
    }

    private static Optional<S3RulesLocation> rulesObject(Map<String, String> env) {
        Optional<String> uri = text(env, EnvironmentVariables.RULES_S3_URI);
        try {
            return uri.map(S3RulesLocation::parse);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("environment variable " + EnvironmentVariables.RULES_S3_URI + ": "
                    + e.getMessage(), e);
        }
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a number: " + value, e);
        }
    }
}
