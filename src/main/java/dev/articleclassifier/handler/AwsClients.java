package dev.articleclassifier.handler;

import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the function's SDK clients from the standard AWS environment (region, credentials, and the
 * {@code AWS_ENDPOINT_URL_*} overrides the SDK reads by itself).
 *
 * <p>Both clients share one {@link UrlConnectionHttpClient}: it starts faster and weighs less than the Apache or
 * Netty clients, and a function that makes a few sequential calls per record gains nothing from their pooling.
 * The HTTP client is named explicitly so that the SDK never picks another implementation from the class path.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }

    public static S3Client s3(SdkHttpClient http, Map<String, String> env) {
        // Emulators and LocalStack on localhost only understand path-style URLs (bucket in the path, not the host).
        boolean endpointOverridden = env.containsKey("AWS_ENDPOINT_URL_S3") || env.containsKey("AWS_ENDPOINT_URL");
        return S3Client.builder().httpClient(http).forcePathStyle(endpointOverridden).build();
    }

    public static DynamoDbClient dynamo(SdkHttpClient http) {
        return DynamoDbClient.builder().httpClient(http).build();
    }
}
