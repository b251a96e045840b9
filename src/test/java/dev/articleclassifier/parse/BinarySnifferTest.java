package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinarySnifferTest {

    private final ArticleParser parser = new ArticleParser(PlaceResolver.NONE);

    private static byte[] withPrefix(String hexPrefix) {
        byte[] bytes = new byte[64];
        for (int i = 0; i < hexPrefix.length() / 2; i++) {
            bytes[i] = (byte) Integer.parseInt(hexPrefix.substring(2 * i, 2 * i + 2), 16);
        }
        for (int i = hexPrefix.length() / 2; i < bytes.length; i++) {
            bytes[i] = 'x';
        }
        return bytes;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "255044462d312e370a, binary file (PDF document)",
            "89504e470d0a1a0a, binary file (PNG image)",
            "ffd8ffe000104a464946, binary file (JPEG image)",
            "474946383961, binary file (GIF image)",
            "504b0304, binary file (ZIP archive or Office document)",
            "1f8b0800, binary file (gzip archive)",
            "d0cf11e0a1b11ae1, binary file (legacy Office document)",
    })
    void parse_namesBinaryFormat_fromMagicNumber(String hexPrefix, String reason) {
        assertEquals(reason, parser.parse(withPrefix(hexPrefix), "story.txt").rejectionReason());
    }

    @Test
    void parse_rejectsRealZipAsBinary_evenWhenNamedTxt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("binary file (ZIP archive or Office document)", parser.parse(out.toByteArray(), "a.txt").rejectionReason());
    }

    @Test
    void parse_rejectsGzip_asBinary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("Headline here now\n\nBody.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("binary file (gzip archive)", parser.parse(out.toByteArray(), "a.txt").rejectionReason());
    }

    @Test
    void parse_rejectsUnknownBinary_byControlCharacterRatio() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'A';
        noise[1] = 'B';
        assertEquals("binary file (unrecognised binary data)", parser.parse(noise, "data.bin").rejectionReason());
    }

    @Test
    void parse_acceptsText_thatStartsLikeAMagicNumberWord() {
        // Problem: a two-letter magic such as BMP's "BM" rejected stories starting "BMW ...". Fix: no such magics.
        byte[] text = "BMW recalls cars over brakes\n\nThe carmaker said on Monday it would recall cars."
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("BMW recalls cars over brakes", parser.parse(text, "a.txt").article().headline());
    }

    @Test
    void knownFormat_readsMagicNumbersPastTheFirstByte() {
        byte[] tar = new byte[512];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        tar[0] = 'a';
        assertEquals(Optional.of("tar archive"), BinarySniffer.knownFormat(tar));
        // listed before RIFF, so a file with both is named by the video box
        byte[] video = "RIFFftypisom".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of("MP4 or QuickTime video"), BinarySniffer.knownFormat(video));
    }
}
