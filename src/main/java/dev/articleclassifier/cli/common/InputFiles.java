package dev.articleclassifier.cli.common;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.source.FileSource;
import dev.articleclassifier.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line paths into the files to classify: a file as itself, a folder recursively (hidden files
 * skipped, sorted for a stable output order), "-" as standard input. A path that does not exist is reported,
 * not fatal to the others. Each file is then read as the Lambda function reads an object, so every command
 * ({@code classify}, {@code rules diff}) gives the same answer for the same file.
 */
public final class InputFiles {

    public static final String STDIN = "-";
    private static final FileSource FILES = new FileSource(SourceLimits.DEFAULT);

    private InputFiles() {
    }

    /** The files found, in order, and the paths that do not exist. */
    public record Expansion(List<String> files, List<String> missing) {
    }

    public static Expansion expand(List<String> paths) {
        List<String> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : paths) {
            if (arg.equals(STDIN)) {
                files.add(STDIN);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isRegularFile(path)) {
                files.add(arg);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .map(Path::toString)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                missing.add(arg);
            }
        }
        return new Expansion(files, missing);
    }

    /**
     * A file's content as the function would see it (size cap checked before reading, {@code .gz} inflated
     * within its own cap): {@link FetchedObject.Content}, or {@link FetchedObject.Refused} with the reason that
     * a classifier turns into a REJECTED record. Unreadable files are refusals too, never errors.
     */
    public static FetchedObject read(String file, InputStream stdin) {
        try {
            if (file.equals(STDIN)) {
                return new FetchedObject.Content(stdin.readNBytes((int) ArticleParser.DEFAULT_MAX_BYTES + 1), "stdin");
            }
            FetchedObject fetched = FILES.read(Path.of(file));
            return fetched instanceof FetchedObject.Missing missing
                    ? new FetchedObject.Refused("unreadable file: " + missing.detail()) : fetched;
        } catch (IOException e) {
            return new FetchedObject.Refused("unreadable file: " + e.getMessage());
        }
    }

    /** Classifies what {@link #read} returned: the content, or a REJECTED record with the refusal's reason. */
    public static ClassifiedArticle classify(DocumentClassifier classifier, FetchedObject fetched) {
        if (fetched instanceof FetchedObject.Content content) {
            return classifier.classify(content.bytes(), content.fileName());
        }
        return classifier.reject(((FetchedObject.Refused) fetched).reason());
    }
}
