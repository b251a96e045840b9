package dev.articleclassifier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line paths into the files to classify: a file as itself, a folder recursively (hidden files
 * skipped, sorted for a stable output order), "-" as standard input. A path that does not exist is reported,
 * not fatal to the others.
 */
final class InputFiles {

    static final String STDIN = "-";

    private InputFiles() {
    }

    record Expansion(List<String> files, List<String> missing) {
    }

    static Expansion expand(List<String> paths) {
        List<String> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : paths) {
            if (arg.equals(STDIN)) {
                files.add(STDIN);
                continue;
            }
            Path path = Path.of(arg);
            // A device or pipe named on the command line (/dev/zero, <(cmd)) is read like a file, within the
            // size limit; only inside folders are such entries passed over.
            if (Files.isRegularFile(path) || (Files.exists(path) && !Files.isDirectory(path))) {
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
}
