package io.returnrouter.cli;

import io.returnrouter.core.bound.LagrangianBound;
import io.returnrouter.core.sscflp.SscflpInstance;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sscflp-bound FOLDER}: the lower bound alone, run to convergence on every instance of the
 * folder's optima.csv, with the proven optimum as its step target; prints how far below the
 * optimum it ends. Says how good the bound can get, apart from any search or time limit.
 */
final class SscflpBoundCommand {

    static final String USAGE = "sscflp-bound [--only p1,p2,...] [--iterations N] FOLDER";

    private SscflpBoundCommand() {
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Arguments arguments = new Arguments(args, Set.of("only", "iterations"));
        Path folder = Path.of(arguments.singlePositional("folder"));
        Map<String, BigDecimal> optima = SscflpSuiteCommand.readOptima(folder.resolve("optima.csv"));
        if (arguments.has("only")) {
            optima.keySet().retainAll(Set.copyOf(Arrays.asList(arguments.option("only", "").split(","))));
        }
        long maxIterations = arguments.longOption("iterations", 5_000);
        out.printf("%-12s %14s %16s %9s %10s %8s%n", "instance", "optimum", "lowerBound", "below%", "iterations",
                "seconds");
        List<BigDecimal> gaps = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : optima.entrySet()) {
            SscflpInstance instance = SscflpParser.parse(folder.resolve(entry.getKey() + ".txt"));
            long optimum = entry.getValue().movePointRight(instance.costDecimals())
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            long start = System.nanoTime();
            LagrangianBound bound = LagrangianBound.of(SscflpMapping.toPlan(instance));
            long cents = bound.improve(() -> optimum, () -> bound.iterations() >= maxIterations);
            BigDecimal lowerBound = instance.toInstanceUnits(cents);
            BigDecimal below = SscflpSuiteCommand.gapPercent(entry.getValue(), lowerBound);
            gaps.add(below);
            out.printf("%-12s %14s %16s %9s %10d %8.2f%n", entry.getKey(), entry.getValue().toPlainString(),
                    lowerBound.toPlainString(), below.toPlainString(), bound.iterations(),
                    (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        BigDecimal mean = gaps.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, gaps.size())), 3, RoundingMode.HALF_UP);
        out.printf("instances=%d meanBelowOptimum%%=%s maxBelowOptimum%%=%s%n", gaps.size(), mean.toPlainString(),
                gaps.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO).toPlainString());
    }
}
