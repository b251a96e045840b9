package dev.articleclassifier.source;

import dev.articleclassifier.parse.InputLimits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    @TempDir
    Path dir;

    private final FileSource source = new FileSource(new InputLimits(1024));

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void read_inflatesGzFile_andNamesItWithoutTheSuffix() throws IOException {
        byte[] story = "Headline here\n\nBody text.".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("story.txt.gz"), gzip(story));
        FetchedObject.Content content = assertInstanceOf(FetchedObject.Content.class, source.read(file));
        assertArrayEquals(story, content.bytes());
        assertEquals("story.txt", content.fileName());
    }

    @Test
    void read_refusesFileOverTheCap_withoutReadingIt() throws IOException {
        Path file = Files.write(dir.resolve("big.txt"), new byte[2048]);
        FetchedObject.Refused refused = assertInstanceOf(FetchedObject.Refused.class, source.read(file));
        assertEquals("object too large: 2048 bytes, limit 1024", refused.reason());
    }

    @Test
    void read_refusesGzipBomb_pastTheSizeLimit() throws IOException {
        Path file = Files.write(dir.resolve("bomb.txt.gz"), gzip(new byte[100_000]));
        FetchedObject.Refused refused = assertInstanceOf(FetchedObject.Refused.class, source.read(file));
        assertTrue(refused.reason().startsWith("gzip content inflates past the size limit of 1024"), refused.reason());
    }

    @Test
    void read_refusesCorruptGzip() throws IOException {
        Path file = Files.write(dir.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        assertInstanceOf(FetchedObject.Refused.class, source.read(file));
    }
}
