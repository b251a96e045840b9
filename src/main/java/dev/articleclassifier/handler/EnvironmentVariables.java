package dev.articleclassifier.handler;

import java.util.List;

/**
 * Every environment variable the function reads, by name. {@code template.yaml} sets exactly these (a test checks
 * that the two lists agree), and README's configuration table documents them.
 *
 * <p>Endpoints are not ours to read: the AWS SDK itself honours the standard {@link #SDK_ENDPOINTS}, so pointing
 * the function at LocalStack or the emulators needs no setting of the project's own.
 */
public final class EnvironmentVariables {

    /** Name of the DynamoDB table holding article records. Required. */
    public static final String TABLE_NAME = "TABLE_NAME";

    /**
     * The bucket whose notifications the function receives. Optional: only used to warm the S3 client with a
     * harmless HeadBucket before a SnapStart snapshot; events name their own bucket.
     */
    public static final String BUCKET_NAME = "BUCKET_NAME";

    /**
     * The size limit of one object: the most bytes read from S3, the most a gzip object may inflate to, and the
     * most the parser reads. Larger objects become REJECTED records naming the limit.
     */
    public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";

    /** Optional path of a rules file replacing the bundled rules (for example shipped in a layer under /opt). */
    public static final String RULES_FILE = "RULES_FILE";

    /**
     * Optional {@code s3://bucket/key} of a rules object that replaces the bundled (or {@link #RULES_FILE}) rules
     * without a redeploy: checked by ETag at most once per {@link #RULES_REFRESH_SECONDS}. When the object is
     * missing the bundled or RULES_FILE rules apply; when it is invalid the rules in force stay. Empty: not used.
     */
    public static final String RULES_S3_URI = "RULES_S3_URI";

    /** Seconds between two checks of the {@link #RULES_S3_URI} object; default 60, 0 checks on every event. */
    public static final String RULES_REFRESH_SECONDS = "RULES_REFRESH_SECONDS";

    /** All of the above, in the order README lists them. */
    public static final List<String> ALL = List.of(TABLE_NAME, BUCKET_NAME, MAX_OBJECT_BYTES, RULES_FILE, RULES_S3_URI, RULES_REFRESH_SECONDS);

    /**
     * The SDK's standard endpoint overrides (all services, S3, DynamoDB). Read by the SDK, not by this code, except
     * that an overridden S3 endpoint switches to path-style addressing, which local endpoints need.
     */
    public static final List<String> SDK_ENDPOINTS =
            List.of("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB");

    /** Read by the JVM itself, not by this code: the template sets them to tune start-up. */
    public static final List<String> JVM_OPTIONS = List.of("JAVA_TOOL_OPTIONS");

    private EnvironmentVariables() {
    }
}
