package io.returnrouter.cli;

import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.SscflpBenchmark;
import io.returnrouter.core.sscflp.SscflpFormatException;
import io.returnrouter.core.sscflp.SscflpParser;
import io.returnrouter.core.sscflp.SscflpResult;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sscflp-suite --seconds N FOLDER}: runs every instance listed in the folder's optima.csv
 * and prints a table with the gap to the proven optimum.
 */
final class SscflpSuiteCommand {

    static final String USAGE = "sscflp-suite [--seconds N] [--seed S] [--strategy TABU_SEARCH|LATE_ACCEPTANCE] [--only p1,p2,...] "
            + "[--move-threads NONE|AUTO|n] FOLDER";

    private SscflpSuiteCommand() {
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Arguments arguments = new Arguments(args, Set.of("seconds", "seed", "only", "strategy", "move-threads"));
        Path folder = Path.of(arguments.singlePositional("folder"));
        Map<String, BigDecimal> optima = readOptima(folder.resolve("optima.csv"));
        if (arguments.has("only")) {
            Set<String> only = Set.copyOf(Arrays.asList(arguments.option("only", "").split(",")));
            optima.keySet().retainAll(only);
        }
        SolverSettings settings = SscflpCommand.settings(arguments);
        out.printf("%-8s %14s %14s %8s %9s %14s %8s %12s %8s %14s %8s %8s%n", "instance", "optimum", "cost", "gap%",
                "feasible", "greedy", "gap%", "calcs/s", "seconds", "lowerBound", "optGap%", "bndGap%");
        List<BigDecimal> gaps = new ArrayList<>();
        List<BigDecimal> boundGaps = new ArrayList<>();
        int boundAboveOptimum = 0;
        int infeasible = 0;
        for (Map.Entry<String, BigDecimal> entry : optima.entrySet()) {
            SscflpResult result;
            try {
                var instance = SscflpParser.parse(folder.resolve(entry.getKey() + ".txt"));
                result = new SscflpBenchmark(settings, Main.class.getClassLoader()).run(instance);
            } catch (IOException | IllegalArgumentException e) {
                // One broken file must not cost the rest of a long run; it counts as infeasible.
                out.printf("%-8s error: %s%n", entry.getKey(), e.getMessage());
                infeasible++;
                continue;
            }
            BigDecimal gap = gapPercent(result.cost(), entry.getValue());
            gaps.add(gap);
            infeasible += result.feasible() ? 0 : 1;
            // the bound's distance below the optimum says how much of gapToBound is the bound's own slack
            BigDecimal optimumOverBound = result.lowerBound().signum() > 0
                    ? gapPercent(entry.getValue(), result.lowerBound()) : null;
            // optima.csv rounds some optima (OR-Library to cents): allow half of its last digit
            BigDecimal halfDigit = BigDecimal.ONE.movePointLeft(entry.getValue().scale()).divide(BigDecimal.valueOf(2));
            boundAboveOptimum += result.lowerBound().compareTo(entry.getValue().add(halfDigit)) > 0 ? 1 : 0;
            if (result.gapToBoundPercent() != null) {
                boundGaps.add(result.gapToBoundPercent());
            }
            out.printf("%-8s %14s %14s %8s %9s %14s %8s %12d %8.1f %14s %8s %8s%n", entry.getKey(),
                    entry.getValue().toPlainString(), result.cost().toPlainString(), gap.toPlainString(),
                    result.feasible(), result.greedyCost().toPlainString(),
                    gapPercent(result.greedyCost(), entry.getValue()).toPlainString(),
                    result.scoreCalculationsPerSecond(), result.elapsed().toMillis() / 1000.0,
                    result.lowerBound().toPlainString(), optimumOverBound == null ? "-" : optimumOverBound.toPlainString(),
                    result.gapToBoundPercent() == null ? "-" : result.gapToBoundPercent().toPlainString());
            out.flush();
        }
        BigDecimal mean = gaps.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, gaps.size())), 3, RoundingMode.HALF_UP);
        BigDecimal max = gaps.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal meanBoundGap = boundGaps.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, boundGaps.size())), 3, RoundingMode.HALF_UP);
        BigDecimal maxBoundGap = boundGaps.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        out.printf("instances=%d infeasible=%d meanGap%%=%s maxGap%%=%s meanBoundGap%%=%s maxBoundGap%%=%s "
                        + "boundAboveOptimum=%d%n", gaps.size(), infeasible, mean.toPlainString(), max.toPlainString(),
                meanBoundGap.toPlainString(), maxBoundGap.toPlainString(), boundAboveOptimum);
    }

    static BigDecimal gapPercent(BigDecimal cost, BigDecimal optimum) {
        return cost.subtract(optimum).multiply(BigDecimal.valueOf(100))
                .divide(optimum, new MathContext(12)).setScale(3, RoundingMode.HALF_UP);
    }

    static Map<String, BigDecimal> readOptima(Path csv) throws IOException {
        Map<String, BigDecimal> optima = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length != 4) {
                throw new SscflpFormatException(csv + " line " + (k + 1) + ": expected 4 fields, found " + fields.length);
            }
            optima.put(fields[0], new BigDecimal(fields[3]));
        }
        return optima;
    }
}
