package dev.articleclassifier.source;

import dev.articleclassifier.parse.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a local file the way {@link S3ObjectSource} reads an object: refused before reading when it is over the
 * size cap, read with the cap enforced, and inflated (with its own cap) when it is a {@code .gz} file, so the
 * command line and the Lambda function treat the same file the same way.
 */
public final class FileSource {

    private final InputLimits limits;

    public FileSource(InputLimits limits) {
        this.limits = limits;
    }

    public FetchedObject read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return new FetchedObject.Missing("no such file " + file);
        }
        if (size > limits.maxBytes()) {
            return Payloads.tooLarge(size, limits);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = BoundedReader.readAtMost(in, limits.maxBytes());
        } catch (SizeLimitExceededException e) {
            return Payloads.tooLarge(-1, limits);
        }
        return Decompression.isGzip(name, null)
                ? Payloads.inflate(bytes, Decompression.fileName(name), limits)
                : new FetchedObject.Content(bytes, name);
    }
}
