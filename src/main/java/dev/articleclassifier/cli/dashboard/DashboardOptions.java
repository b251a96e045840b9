package dev.articleclassifier.cli.dashboard;

import java.util.List;

/**
 * The dashboard's own options (the table options are {@code TableConnection}'s).
 *
 * @param port TCP port on 127.0.0.1; 0 lets the system pick a free one
 */
public record DashboardOptions(int port) {

    public static final int DEFAULT_PORT = 8080;

    public static final String HELP = """
            Usage: article-classifier dashboard [--port N] [--table NAME] [--endpoint URL]

            Serves a web page over the article table on this machine only (http://127.0.0.1:PORT/): articles
            per topic and per region over time, a breakdown by world region, the latest articles with their
            tags, and the evidence (matched terms) behind one article's tags. It reads the table with the same
            queries as 'query' and 'stats', never scans it, and writes nothing. Stop it with Ctrl-C.

            The page takes ?from=YYYY-MM-DD&to=YYYY-MM-DD&per=day|week; by default it shows the 30 days up to the
            newest article.

            Options:
              --port N          port to listen on (default 8080; 0 picks a free port)
            %s  -h, --help        show this help

            Exit status: 0 stopped, 1 cannot listen or cannot reach the table, 2 bad usage.
            """;

    public DashboardOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        }
    }

    /**
     * Reads what is left of the arguments once the table options are taken out.
     *
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    public static DashboardOptions parse(List<String> args) {
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.equals("--port")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("--port needs a value");
            }
            port = portNumber(args.get(++i));
        }
        return new DashboardOptions(port);
    }

    private static int portNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was '" + text + "'");
        }
    }

    /** The help text with the table options filled in. */
    public static String help(String tableOptionsHelp) {
        return HELP.formatted(tableOptionsHelp);
    }
}
