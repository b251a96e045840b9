package dev.articleclassifier.source;

import dev.articleclassifier.parse.InputLimits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** Reading objects with the size caps and decompression, against the S3 emulator. */
class S3ObjectSourceTest {

    private static final byte[] STORY = "Headline\n\nBERLIN (AFP) - Body text.\n".getBytes(StandardCharsets.UTF_8);
    private static final InputLimits LIMITS = new InputLimits(4096);

    private static Backend backend;
    private static String bucket;

    @BeforeAll
    static void bucket() {
        backend = EmulatorBackend.shared();
        bucket = "source-" + UUID.randomUUID().toString().substring(0, 8);
        backend.createBucket(bucket);
    }

    @Test
    void fetch_returnsTheBytesAndFileName_ofAPlainObject() {
        FetchedObject.Content content = assertInstanceOf(FetchedObject.Content.class,
                fetch("incoming/story.txt", STORY, null));

        assertArrayEquals(STORY, content.bytes());
        assertEquals("story.txt", content.fileName());
    }

    @Test
    void fetch_inflatesAGzSuffix_andDropsItFromTheFileName() throws IOException {
        FetchedObject.Content content = assertInstanceOf(FetchedObject.Content.class,
                fetch("incoming/story.txt.gz", gzip(STORY), null));

        assertArrayEquals(STORY, content.bytes());
        assertEquals("story.txt", content.fileName());
    }

    @Test
    void fetch_inflatesContentEncodingGzip_withoutTheSuffix() throws IOException {
        FetchedObject.Content content = assertInstanceOf(FetchedObject.Content.class,
                fetch("incoming/encoded.txt", gzip(STORY), "gzip"));

        assertArrayEquals(STORY, content.bytes());
    }

    @Test
    void fetch_refusesAGzipBomb_atTheInflatedCap() throws IOException {
        byte[] zeros = new byte[(int) LIMITS.maxBytes() * 4];
        FetchedObject.Refused refused = assertInstanceOf(FetchedObject.Refused.class,
                fetch("incoming/bomb.txt.gz", gzip(zeros), null));

        assertTrue(refused.reason().contains("inflates past"), refused.reason());
    }

    @Test
    void fetch_refusesCorruptGzip() {
        FetchedObject.Refused refused = assertInstanceOf(FetchedObject.Refused.class,
                fetch("incoming/corrupt.txt.gz", STORY, null));

        assertTrue(refused.reason().startsWith("corrupt gzip"), refused.reason());
    }

    @Test
    void fetch_refusesAnObjectOverTheCap_whenTheEventDoesNotSayItsSize() {
        byte[] large = new byte[(int) LIMITS.maxBytes() + 1];
        Arrays.fill(large, (byte) 'a');

        FetchedObject.Refused refused = assertInstanceOf(FetchedObject.Refused.class,
                fetch("incoming/large.txt", large, null));

        assertTrue(refused.reason().startsWith("object too large"), refused.reason());
    }

    @Test
    void fetch_reportsMissing_forADeletedObject() {
        FetchedObject fetched = new S3ObjectSource(backend.s3(), LIMITS)
                .fetch(new ObjectRef(bucket, "incoming/never-uploaded.txt", null, null, 10));

        assertInstanceOf(FetchedObject.Missing.class, fetched);
    }

    private static FetchedObject fetch(String key, byte[] content, String contentEncoding) {
        backend.s3().putObject(b -> b.bucket(bucket).key(key).contentEncoding(contentEncoding),
                RequestBody.fromBytes(content));
        return new S3ObjectSource(backend.s3(), LIMITS).fetch(new ObjectRef(bucket, key, null, null, -1));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
