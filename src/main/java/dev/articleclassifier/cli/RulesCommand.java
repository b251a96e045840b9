package dev.articleclassifier.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code rules}: tools for a rule author working on a copy of the rules file, before it is deployed (as a file
 * in the package or an S3 object the function reloads): {@code check} validates and summarises a file,
 * {@code diff} shows what a change would do to the tags of a sample of documents.
 */
final class RulesCommand {

    static final String HELP = """
            Usage: article-classifier rules SUBCOMMAND ...

            Subcommands:
              check FILE                       validate a rules file and print the topics and settings it defines
              diff OLD NEW --sample PATH...    classify a sample with both rules files and show the tags that change

            Run 'article-classifier rules SUBCOMMAND --help' for a subcommand's options.
            """;

    private RulesCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("rules: give a subcommand, check or diff");
            err.print(HELP);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "check" -> RulesCommandCheck.run(rest, out, err);
            case "diff" -> RulesCommandDiff.run(rest, out, err);
            case "-h", "--help", "help" -> {
                out.print(HELP);
                yield 0;
            }
            default -> {
                err.println("rules: unknown subcommand '" + args.get(0) + "'");
                err.print(HELP);
                yield 2;
            }
        };
    }
}
