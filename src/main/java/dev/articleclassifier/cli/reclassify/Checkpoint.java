package dev.articleclassifier.cli.reclassify;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids of records a backfill has finished, one per line, appended as each record completes, so a run that is
 * stopped (or crashes) continues where it was when run again with the same file. Workers finish out of order,
 * which is why the file lists ids rather than a listing cursor. Failed records are not written: a rerun retries
 * them. The first line names the rules hash, because a checkpoint of other rules says nothing about these.
 */
public final class Checkpoint implements AutoCloseable {

    private static final String HEADER = "# reclassify checkpoint, rules ";
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

    private final Set<String> done;
    private final BufferedWriter writer;

    private Checkpoint(Set<String> done, BufferedWriter writer) {
        this.done = done;
        this.writer = writer;
    }

    /** No file: nothing is remembered. */
    public static Checkpoint none() {
        return new Checkpoint(Set.of(), null);
    }

    /**
     * Opens (or creates) the checkpoint file for a run with these rules.
     *
     * @throws IllegalArgumentException when the file belongs to a run with other rules, or is not a checkpoint
     */
    public static Checkpoint open(Path file, String rulesHash) {
        try {
            Set<String> done = new HashSet<>();
            boolean exists = Files.exists(file) && Files.size(file) > 0;
            if (exists) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String header = lines.get(0);
                if (!header.startsWith(HEADER)) {
                    throw new IllegalArgumentException(file + " is not a reclassify checkpoint");
                }
                String theirs = header.substring(HEADER.length()).trim();
                if (!theirs.equals(rulesHash)) {
                    throw new IllegalArgumentException("checkpoint " + file + " was written for rules " + theirs
                            + ", these rules are " + rulesHash + ": remove the file to start over");
                }
                // a line cut short by a crash is not an id and is ignored
                lines.stream().skip(1).map(String::trim).filter(id -> ARTICLE_ID.matcher(id).matches())
                        .forEach(done::add);
            }
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!exists) {
                writer.write(HEADER + rulesHash);
                writer.newLine();
                writer.flush();
            } else if (!endsWithNewline(file)) {
                writer.newLine();
            }
            return new Checkpoint(done, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open checkpoint " + file, e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    public boolean isDone(String articleId) {
        return done.contains(articleId);
    }

    /** How many records earlier runs finished. */
    public int doneBefore() {
        return done.size();
    }

    /** Remembers a finished record; flushed at once so a crash loses at most the records in flight. */
    public synchronized void markDone(String articleId) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(articleId);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint", e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close checkpoint", e);
            }
        }
    }
}
