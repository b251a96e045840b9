package dev.articleclassifier.source;

import dev.articleclassifier.parse.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * What every source does with bytes once read: inflate gzip within the one size limit ({@link InputLimits}), and
 * word the refusals the same way.
 */
final class Payloads {

    private Payloads() {
    }

    static FetchedObject inflate(byte[] compressed, String fileName, InputLimits limits) throws IOException {
        try (InputStream in = Decompression.inflate(new ByteArrayInputStream(compressed))) {
            return new FetchedObject.Content(BoundedReader.readAtMost(in, limits.maxBytes()), fileName);
        } catch (SizeLimitExceededException e) {
            // The parser refuses more than the limit anyway: inflating past it would only spend memory.
            return new FetchedObject.Refused("gzip content inflates past the size limit of "
                    + limits.maxBytes() + " bytes");
        } catch (ZipException | EOFException e) {
            return new FetchedObject.Refused("corrupt gzip content: " + e.getMessage());
        }
    }

    static FetchedObject tooLarge(long size, InputLimits limits) {
        return new FetchedObject.Refused(limits.tooLarge("object", size));
    }
}
