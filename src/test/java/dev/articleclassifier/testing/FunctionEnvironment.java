package dev.articleclassifier.testing;

import dev.articleclassifier.local.LocalClients;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment Lambda would give the function, pointed at local S3 and DynamoDB endpoints: what a process
 * running the function package from its no-argument constructor needs (benchmarks, packaging checks).
 */
public final class FunctionEnvironment {

    private FunctionEnvironment() {
    }

    public static Map<String, String> of(URI s3Endpoint, URI dynamoEndpoint, String table, String bucket) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString());
        env.put("AWS_REGION", LocalClients.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", LocalClients.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", LocalClients.SECRET_KEY);
        env.put("TABLE_NAME", table);
        env.put("BUCKET_NAME", bucket);
        return env;
    }
}
