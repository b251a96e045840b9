package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The deployment jar carries one SDK HTTP client, UrlConnection: every other client the SDK modules pull in by
 * default costs class loading on the cold-start path and jar size. The test classpath holds what the jar holds
 * (plus test libraries, none of which bring SDK HTTP clients).
 */
class OneHttpClientTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "software.amazon.awssdk.http.apache.ApacheHttpClient",
            "software.amazon.awssdk.http.apache5.Apache5HttpClient",
            "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient",
            "software.amazon.awssdk.http.crt.AwsCrtHttpClient",
    })
    void classpath_lacksOtherSdkHttpClients(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }

    @Test
    void classpath_hasUrlConnectionClient() {
        assertDoesNotThrow(() -> Class.forName("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient"));
    }
}
