package dev.articleclassifier.handler;

import dev.articleclassifier.source.SourceLimits;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The function's settings, read once per container from the environment variables named in
 * {@link EnvironmentVariables}.
 *
 * @param tableName  the article table
 * @param bucketName the incoming bucket, or {@code null} when not configured (only used for client warm-up)
 * @param limits     size caps for reading objects
 * @param rulesFile  a user rules file, or empty for the bundled rules
 */
public record HandlerConfig(String tableName, String bucketName, SourceLimits limits, Optional<Path> rulesFile) {

    /** A table and bucket with default limits and the bundled rules. */
    public static HandlerConfig of(String tableName, String bucketName) {
        return new HandlerConfig(tableName, bucketName, SourceLimits.DEFAULT, Optional.empty());
    }

    /** Reads the configuration, failing fast with the variable's name when one is missing or malformed. */
    public static HandlerConfig fromEnvironment(Map<String, String> env) {
        String table = env.get(EnvironmentVariables.TABLE_NAME);
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("environment variable " + EnvironmentVariables.TABLE_NAME + " is not set");
        }
        SourceLimits limits = new SourceLimits(
                bytes(env, EnvironmentVariables.MAX_OBJECT_BYTES, SourceLimits.DEFAULT.maxObjectBytes()),
                bytes(env, EnvironmentVariables.MAX_INFLATED_BYTES, SourceLimits.DEFAULT.maxInflatedBytes()));
        String rules = env.get(EnvironmentVariables.RULES_FILE);
        Optional<Path> rulesFile = rules == null || rules.isBlank() ? Optional.empty() : Optional.of(Path.of(rules));
        String bucket = env.get(EnvironmentVariables.BUCKET_NAME);
        return new HandlerConfig(table.strip(), bucket == null || bucket.isBlank() ? null : bucket.strip(), limits,
                rulesFile);
    }

    private static long bytes(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a number of bytes: " + value, e);
        }
    }
}
