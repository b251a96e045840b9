package dev.articleclassifier.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** What every source does with bytes once read: inflate gzip within a cap, and word the refusals the same way. */
final class Payloads {

    private Payloads() {
    }

    static FetchedObject inflate(byte[] compressed, String fileName, SourceLimits limits) throws IOException {
        try (InputStream in = Decompression.inflate(new ByteArrayInputStream(compressed))) {
            return new FetchedObject.Content(BoundedReader.readAtMost(in, limits.maxInflatedBytes()), fileName);
        } catch (SizeLimitExceededException e) {
            return new FetchedObject.Refused("gzip content inflates past the limit of "
                    + limits.maxInflatedBytes() + " bytes");
        } catch (ZipException | EOFException e) {
            return new FetchedObject.Refused("corrupt gzip content: " + e.getMessage());
        }
    }

    static FetchedObject tooLarge(long size, SourceLimits limits) {
        String actual = size >= 0 ? size + " bytes" : "more bytes";
        return new FetchedObject.Refused("object too large: " + actual + ", limit " + limits.maxObjectBytes());
    }
}
