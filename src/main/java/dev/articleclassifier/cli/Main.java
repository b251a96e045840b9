package dev.articleclassifier.cli;

import dev.articleclassifier.cli.classify.PlainClassify;
import dev.articleclassifier.cli.common.Logging;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The {@code article-classifier} program. Every command line goes to the picocli command tree
 * ({@link Commands}) except the plainest {@code classify} (paths and at most {@code --rules FILE}), which scripts
 * run once per file: building the tree costs a fresh JVM about as much as classifying a story, so that one
 * shape is run directly, with the same command object and the same result. This class therefore refers to no
 * picocli type: loading it loads none.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure(Logging.wantsVerbose(args));
        System.exit(run(List.of(args), System.in, System.out, System.err));
    }

    /** Runs one command line and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Optional<PlainClassify> plain = PlainClassify.of(args);
        if (plain.isPresent()) {
            return plain.get().run(in, out, err);
        }
        return Commands.run(args, in, out, err);
    }
}
