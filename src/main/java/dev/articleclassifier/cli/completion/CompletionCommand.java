package dev.articleclassifier.cli.completion;

import dev.articleclassifier.cli.common.Streams;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints a bash completion script for every command, option and fixed value, generated from
 * the same declarations as the help texts (so it never lags behind them). zsh runs it through
 * {@code bashcompinit}.
 */
@Command(name = "completion", header = "Print a bash/zsh completion script.",
        description = {"Prints a completion script for bash and zsh: commands, options and their fixed values.",
                "",
                "bash:  source <(bin/article-classifier completion)",
                "zsh:   autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit",
                "       source <(bin/article-classifier completion)",
                "To keep it, write it to a file that your shell's start-up sources."})
public final class CompletionCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    private final Streams io;

    CompletionCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        io.out().flush();
        return 0;
    }
}
