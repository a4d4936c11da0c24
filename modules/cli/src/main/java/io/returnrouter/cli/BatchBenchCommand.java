package io.returnrouter.cli;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.BatchProblemBuilder;
import io.returnrouter.core.bound.BoundSearch;
import io.returnrouter.core.bound.LowerBound;
import io.returnrouter.core.demo.SyntheticScenario;
import io.returnrouter.core.demo.SyntheticScenarioGenerator;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.PlanScorer;
import io.returnrouter.core.solver.RoutePlanSolver;
import io.returnrouter.core.solver.SolveRun;
import io.returnrouter.core.solver.SolverSettings;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code bench-batch}: generates a seeded consolidation-heavy batch, solves it and compares the
 * plan with the greedy baseline. The seconds cover building the problem, the baseline and solving.
 */
final class BatchBenchCommand {

    static final String USAGE = "bench-batch [--parcels N] [--hubs H] [--seconds S] [--seed X]";

    /** One point per carrier and three hubs per first mile keep 100,000 parcels in a 2 GB heap. */
    private static final EnumerationLimits BENCH_LIMITS = new EnumerationLimits(1, 25_000, 3, 30_000);

    private BatchBenchCommand() {
    }

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = new Arguments(args, Set.of("parcels", "hubs", "seconds", "seed"));
        int returns = Math.toIntExact(arguments.longOption("parcels", 100_000));
        int hubs = Math.toIntExact(arguments.longOption("hubs", 60));
        long seconds = arguments.longOption("seconds", 110);
        long seed = arguments.longOption("seed", 42);
        long start = System.nanoTime();

        SyntheticScenario scenario = new SyntheticScenarioGenerator(seed).generate(returns, hubs);
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(scenario.network(), ScenarioWeights.DEFAULT,
                BENCH_LIMITS, RoadDistance.EUROPE);
        BatchProblem problem = new BatchProblemBuilder(enumerator, scenario.marketRules(), ParcelPacker.standard())
                .build(scenario.returns());
        RoutePlan plan = problem.plan();
        long options = plan.getParcels().stream().mapToLong(p -> p.getOptions().size()).sum();
        Duration built = elapsed(start);

        PlanScorer scorer = new PlanScorer(Main.class.getClassLoader());
        RoutePlan greedy = GreedyBaseline.assign(plan);
        HardSoftLongScore greedyScore = scorer.score(greedy);
        Duration greedyDone = elapsed(start);

        long solveSeconds = Math.max(1, seconds - greedyDone.toSeconds());
        SolverSettings settings = SolverSettings.forSeconds(solveSeconds).reproducible(seed);
        BoundSearch boundSearch = BoundSearch.start(plan);
        if (greedyScore.isFeasible()) {
            boundSearch.offer(-greedyScore.softScore());
        }
        SolveRun run = new RoutePlanSolver(settings, Main.class.getClassLoader()).solve(plan, event -> {
            if (event.feasible()) {
                boundSearch.offer(event.costCents());
            }
        });
        LowerBound bound = boundSearch.finish();
        HardSoftLongScore score = run.best().getScore();
        Duration total = elapsed(start);

        long greedyCost = -greedyScore.softScore();
        long cost = -score.softScore();
        Runtime runtime = Runtime.getRuntime();
        out.printf("returns=%d parcels=%d rejected=%d options=%d hubs=%d%n", returns, plan.getParcels().size(),
                problem.rejected().size(), options, hubs);
        out.printf("build=%.1fs greedy=%.1fs solve=%.1fs total=%.1fs maxHeap=%dMB calcs/s=%d%n",
                built.toMillis() / 1000.0, (greedyDone.toMillis() - built.toMillis()) / 1000.0,
                run.elapsed().toMillis() / 1000.0, total.toMillis() / 1000.0, runtime.maxMemory() >> 20,
                run.scoreCalculationsPerSecond());
        out.printf("greedy: cost=%s feasible=%s%n", euros(greedyCost), greedyScore.isFeasible());
        out.printf("solved: cost=%s feasible=%s saving=%.2f%%%n", euros(cost), score.isFeasible(),
                greedyCost == 0 ? 0.0 : (greedyCost - cost) * 100.0 / greedyCost);
        if (bound != null) {
            out.printf("bound: lowerBound=%s gapToBound=%s%% iterations=%d%n", euros(bound.cents()),
                    score.isFeasible() ? bound.gapPercent(cost, 2) : "-", bound.iterations());
        }
        printConstraints(out, "greedy", scorer, greedy);
        printConstraints(out, "solved", scorer, run.best());
    }

    private static void printConstraints(PrintStream out, String label, PlanScorer scorer, RoutePlan plan) {
        scorer.explain(plan).getConstraintMatchTotalMap().values().stream()
                .sorted(java.util.Comparator.comparing(t -> t.getScore()))
                .forEach(t -> out.printf("  %s %-45s matches=%-7d score=%s%n", label, t.getConstraintName(),
                        t.getConstraintMatchCount(), t.getScore()));
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String euros(long cents) {
        return String.format("EUR %d.%02d", cents / 100, cents % 100);
    }
}
