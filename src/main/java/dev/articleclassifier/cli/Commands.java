package dev.articleclassifier.cli;

import dev.articleclassifier.cli.classify.ClassifyCommand;
import dev.articleclassifier.cli.common.CommandFactory;
import dev.articleclassifier.cli.common.CommonOptions;
import dev.articleclassifier.cli.common.Failures;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.UsageErrors;
import dev.articleclassifier.cli.common.Version;
import dev.articleclassifier.cli.completion.CompletionCommand;
import dev.articleclassifier.cli.dashboard.DashboardCommand;
import dev.articleclassifier.cli.eval.EvalCommand;
import dev.articleclassifier.cli.local.LocalCommand;
import dev.articleclassifier.cli.query.QueryCommand;
import dev.articleclassifier.cli.reclassify.ReclassifyCommand;
import dev.articleclassifier.cli.rules.RulesCommand;
import dev.articleclassifier.cli.stats.StatsCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code article-classifier} command tree: one subcommand per job, each in its own package under
 * {@code cli/}. Options, help texts, usage errors (exit status 2) and the shell completion script all come from
 * the commands' picocli annotations, so they cannot drift apart.
 */
@Command(name = "article-classifier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = ScopeType.INHERIT, // every subcommand has --help, --version and --verbose, as here
        description = {"Parses wire articles, tags their topics, countries and regions, and reads the article table.",
                "Run 'article-classifier COMMAND --help' for a command's options."},
        synopsisSubcommandLabel = "COMMAND")
public final class Commands implements Callable<Integer> {

    /** Every command, in the order help lists them. */
    static final Map<String, Class<?>> COMMANDS = commands();

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final Streams streams;

    Commands(Streams streams) {
        this.streams = streams;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("classify", ClassifyCommand.class);
        commands.put("eval", EvalCommand.class);
        commands.put("local", LocalCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("query", QueryCommand.class);
        commands.put("stats", StatsCommand.class);
        commands.put("dashboard", DashboardCommand.class);
        commands.put("reclassify", ReclassifyCommand.class);
        commands.put("completion", CompletionCommand.class);
        return commands;
    }

    /** Runs one command line and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Streams streams = new Streams(in, out, err);
        CommandLine line = commandLine(streams, args.isEmpty() ? null : args.get(0));
        line.setOut(new PrintWriter(out, true, Charset.defaultCharset()));
        line.setErr(new PrintWriter(err, true, Charset.defaultCharset()));
        int status = line.execute(args.toArray(String[]::new));
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command tree. Building a command costs a little reflection, so when the first argument names a
     * command only that one is built: {@code classify}, run once per file by scripts, starts as fast as before.
     * {@code completion} needs the whole tree, which it describes.
     */
    public static CommandLine commandLine(Streams streams, String first) {
        CommandFactory factory = new CommandFactory(streams);
        CommandLine line = new CommandLine(new Commands(streams), factory);
        if (first != null && COMMANDS.containsKey(first) && !first.equals("completion")) {
            line.addSubcommand(first, create(factory, COMMANDS.get(first)));
        } else {
            COMMANDS.forEach((name, type) -> line.addSubcommand(name, create(factory, type)));
        }
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setSeparator(" ");
        line.setParameterExceptionHandler(new UsageErrors());
        line.setExecutionExceptionHandler(new Failures());
        return line;
    }

    private static Object create(CommandFactory factory, Class<?> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create command " + type.getName(), e);
        }
    }

    @Override
    public Integer call() {
        // no command given: say what there is, as for any usage error
        streams.err().println("article-classifier: give a command");
        spec.commandLine().usage(streams.err());
        return UsageErrors.STATUS;
    }
}
