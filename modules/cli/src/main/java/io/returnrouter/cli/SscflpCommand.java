package io.returnrouter.cli;

import io.returnrouter.core.solver.SearchStrategy;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.SscflpBenchmark;
import io.returnrouter.core.sscflp.SscflpParser;
import io.returnrouter.core.sscflp.SscflpResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code sscflp --seconds N FILE}: solves one instance and prints one JSON line. */
final class SscflpCommand {

    static final String USAGE = "sscflp [--seconds N] [--seed S] [--strategy TABU_SEARCH|LATE_ACCEPTANCE] "
            + "[--move-threads NONE|AUTO|n] FILE";

    private SscflpCommand() {
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Arguments arguments = new Arguments(args, Set.of("seconds", "seed", "strategy", "move-threads"));
        Path file = Path.of(arguments.singlePositional("instance file"));
        SolverSettings settings = settings(arguments);
        var instance = SscflpParser.parse(file);
        SscflpResult result = new SscflpBenchmark(settings, Main.class.getClassLoader()).run(instance);
        out.println(result.toJson());
    }

    private static SearchStrategy strategy(String name) {
        try {
            return SearchStrategy.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--strategy must be one of " + java.util.Arrays.toString(SearchStrategy.values()));
        }
    }

    /** OptaPlanner's moveThreadCount: NONE (single-threaded), AUTO, or a number of move threads. */
    private static String moveThreads(String value) {
        if (!value.equals("NONE") && !value.equals("AUTO") && !value.matches("[1-9][0-9]?")) {
            throw new UsageException("--move-threads must be NONE, AUTO or a number from 1 to 99, was " + value);
        }
        return value;
    }

    static SolverSettings settings(Arguments arguments) {
        SolverSettings settings = SolverSettings.forSeconds(arguments.longOption("seconds", 10))
                .withStrategy(strategy(arguments.option("strategy", "TABU_SEARCH")))
                .withMoveThreadCount(moveThreads(arguments.option("move-threads", "NONE")));
        return arguments.has("seed") ? settings.reproducible(arguments.longOption("seed", 1)) : settings;
    }
}
