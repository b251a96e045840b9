package dev.articleclassifier.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code article-classifier} command line: dispatches to one command per job. */
public final class Main {

    static final String HELP = """
            Usage: article-classifier COMMAND [OPTIONS]

            Commands:
              classify [--rules FILE] PATH...   classify files or folders, print JSON Lines
              eval --gold FILE.jsonl            precision / recall / F1 of the rules on a labeled sample
              local [--watch]                   the whole pipeline on local emulators (no AWS, no Docker)
              rules check FILE                  validate a rules file and print what it defines
              rules diff OLD NEW --sample PATH  show which documents of a sample a rules change re-tags
              query SELECTOR [--from --to]      list stored articles by topic, country, region, agency,
                                                latest; or one article with its evidence (--id, --s3)
              stats --from DATE --to DATE       article counts per topic, region or country per day or week
              dashboard [--port N] [--table NAME] [--endpoint URL]   web page of the table on 127.0.0.1
              reclassify [--prefix P] [--from --to] [--stale]   re-tag stored records with the current rules

            Run 'article-classifier COMMAND --help' for a command's options.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(HELP);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "classify" -> ClassifyCommand.run(rest, in, out, err);
            case "eval" -> EvalCommand.run(rest, out, err);
            case "local" -> LocalRunCommand.run(rest, out, err);
            case "rules" -> RulesCommand.run(rest, out, err);
            case "query" -> QueryCommand.run(rest, out, err);
            case "stats" -> StatsCommand.run(rest, out, err);
            case "dashboard" -> DashboardCommand.run(rest, out, err);
            case "reclassify" -> ReclassifyCommand.run(rest, out, err);
            case "-h", "--help", "help" -> {
                out.print(HELP);
                yield 0;
            }
            default -> {
                err.println("article-classifier: unknown command '" + args.get(0) + "'");
                err.print(HELP);
                yield 2;
            }
        };
    }
}
