package dev.articleclassifier.cli.classify;

import dev.articleclassifier.cli.common.Streams;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code classify PATH... [--rules FILE]} recognised without building the picocli command tree, which in a
 * fresh JVM costs about as much as classifying one story. Only that plain shape is taken: any other option,
 * {@code --}, a second {@code --rules} or no path at all returns empty, and the command line goes through
 * picocli, which parses it, explains it or reports the mistake. Both ways run the same {@link ClassifyCommand}.
 */
public record PlainClassify(Path rules, List<String> paths) {

    /** The plain classify command line {@code args} is, if it is one. */
    public static Optional<PlainClassify> of(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("classify")) {
            return Optional.empty();
        }
        Path rules = null;
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--rules") && rules == null && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                rules = Path.of(args.get(++i));
            } else if (arg.equals("-") || !arg.startsWith("-")) {
                paths.add(arg);
            } else {
                return Optional.empty();
            }
        }
        return paths.isEmpty() ? Optional.empty() : Optional.of(new PlainClassify(rules, List.copyOf(paths)));
    }

    public int run(InputStream in, PrintStream out, PrintStream err) {
        ClassifyCommand command = new ClassifyCommand(new Streams(in, out, err));
        command.rules = rules;
        command.paths = paths;
        return command.call();
    }
}
