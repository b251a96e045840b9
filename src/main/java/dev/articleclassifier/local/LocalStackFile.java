package dev.articleclassifier.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running local stack ({@code article-classifier local --watch}) can be found by the other commands of
 * the same user: a small properties file in the temporary folder naming the process that runs the stack and the
 * emulators' endpoints. It is written when the stack is up and deleted when it stops; a file left by a process
 * that is gone (killed with -9) is ignored, so a stale file never points a command at a dead port.
 */
public final class LocalStackFile {

    /** Overrides the file's location, so that tests and parallel checkouts do not share one. */
    public static final String LOCATION_PROPERTY = "articleclassifier.localStackFile";

    /** The endpoints of a running local stack. */
    public record Endpoints(long pid, URI dynamo, URI s3, String table, String bucket) {
    }

    private LocalStackFile() {
    }

    public static Path location() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "article-classifier-" + user + "-local-stack.properties");
    }

    /** Records the stack run by this process; {@link #remove} undoes it. */
    public static void write(Path file, Endpoints endpoints) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(endpoints.pid()));
        p.setProperty("dynamodb", endpoints.dynamo().toString());
        p.setProperty("s3", endpoints.s3().toString());
        p.setProperty("table", endpoints.table());
        p.setProperty("bucket", endpoints.bucket());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "written by 'article-classifier local --watch' while it runs");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Deletes the file if it still describes {@code pid}'s stack (another run may have replaced it). */
    public static void remove(Path file, long pid) {
        if (read(file).filter(e -> e.pid() == pid).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover file is ignored once its process is gone
            }
        }
    }

    /** The running stack the file describes; empty when there is none or its process has ended. */
    public static Optional<Endpoints> running(Path file) {
        return read(file).filter(e -> ProcessHandle.of(e.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<Endpoints> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Endpoints(Long.parseLong(p.getProperty("pid")), URI.create(p.getProperty("dynamodb")),
                    URI.create(p.getProperty("s3")), p.getProperty("table"), p.getProperty("bucket")));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
