package dev.articleclassifier.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.fuzz.FuzzRun;
import dev.articleclassifier.parse.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes gzip handling: valid, truncated, corrupted, concatenated and bomb-like streams either inflate within the
 * size limit or are refused with a reason; nothing is thrown and nothing larger than the limit is kept.
 */
class GzipFuzzTest {

    private static final InputLimits LIMITS = new InputLimits(64 * 1024);

    @Test
    void inflate_staysWithinTheSizeLimit_orRefuses_forGeneratedStreams() {
        FuzzRun.forAll(2_000, GzipFuzzTest::stream, compressed -> {
            FetchedObject fetched;
            try {
                fetched = Payloads.inflate(compressed, "story.txt", LIMITS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (fetched instanceof FetchedObject.Content content) {
                assertTrue(content.bytes().length <= LIMITS.maxBytes());
            } else {
                assertTrue(fetched instanceof FetchedObject.Refused refused && !refused.reason().isBlank());
            }
        });
    }

    private static byte[] stream(Random random) {
        byte[] plain = random.nextInt(4) == 0 ? new byte[random.nextInt(400_000)] : new byte[random.nextInt(2000)];
        if (plain.length < 2000) {
            random.nextBytes(plain);
        }
        byte[] gzip = gzip(plain);
        return switch (random.nextInt(4)) {
            case 0 -> gzip;
            case 1 -> Arrays.copyOf(gzip, random.nextInt(gzip.length));
            case 2 -> {
                byte[] flipped = gzip.clone();
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
                yield flipped;
            }
            default -> {
                byte[] twice = Arrays.copyOf(gzip, gzip.length * 2);
                System.arraycopy(gzip, 0, twice, gzip.length, gzip.length);
                yield twice;
            }
        };
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
