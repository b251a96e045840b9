package dev.articleclassifier.cli.rules;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.UsageErrors;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rules}: tools for a rule author working on a copy of the rules file, before it is deployed (as a file
 * in the package or an S3 object the function reloads): {@code check} validates and summarises a file,
 * {@code diff} shows what a change would do to the tags of a sample of documents. Both take {@value #BUNDLED}
 * for the rules inside the jar.
 */
@Command(name = "rules", header = "Check a rules file, or diff two on a sample.",
        synopsisSubcommandLabel = "COMMAND", subcommands = {CheckCommand.class, DiffCommand.class},
        description = "Checks a topic rules file, or shows what a change to it does to a sample of documents.")
public final class RulesCommand implements Callable<Integer> {

    /** Names the rules bundled in the jar wherever a rules file is expected. */
    public static final String BUNDLED = "bundled";


    @Spec
    CommandSpec spec;

    private final Streams io;

    RulesCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println("rules: give a command, check or diff");
        spec.commandLine().usage(io.err());
        return UsageErrors.STATUS;
    }

    /** The rules a FILE argument names: {@value #BUNDLED}, or a file. */
    static DocumentClassifier load(String rules) {
        return rules.equals(BUNDLED) ? DocumentClassifier.bundled() : DocumentClassifier.withRules(Path.of(rules));
    }
}
