package dev.articleclassifier.local;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * SDK clients for an S3 or DynamoDB endpoint on this machine (the emulators, or LocalStack). Region and
 * credentials are fixed: emulators check only that requests are signed, and s3rver's default account is
 * {@code S3RVER}/{@code S3RVER}.
 */
public final class LocalClients {

    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    private LocalClients() {
    }

    public static DynamoDbClient dynamo(URI endpoint) {
        return dynamo(endpoint, 3);
    }

    /** A DynamoDB client making at most {@code maxAttempts} attempts per call. */
    public static DynamoDbClient dynamo(URI endpoint, int maxAttempts) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(http())
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(maxAttempts)))
                .build();
    }

    /**
     * An S3 client with path-style addressing (no bucket subdomains on 127.0.0.1) and plain, unchunked uploads
     * with checksums only where required: s3rver does not decode {@code aws-chunked} bodies and would store the
     * chunk signatures inside the object.
     */
    public static S3Client s3(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClient(http())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false)
                        .build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private static software.amazon.awssdk.http.SdkHttpClient http() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }
}
