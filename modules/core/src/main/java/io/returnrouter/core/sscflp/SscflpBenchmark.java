package io.returnrouter.core.sscflp;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.bound.BoundSearch;
import io.returnrouter.core.bound.LowerBound;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.PlanScorer;
import io.returnrouter.core.solver.RoutePlanSolver;
import io.returnrouter.core.solver.SolveRun;
import io.returnrouter.core.solver.SolverSettings;

/**
 * Solves a facility-location instance with the production solver and reports the instance's own
 * objective, cross-checked against an independent evaluation of the assignment.
 */
public final class SscflpBenchmark {

    private final SolverSettings settings;
    private final ClassLoader classLoader;

    public SscflpBenchmark(SolverSettings settings, ClassLoader classLoader) {
        this.settings = settings;
        this.classLoader = classLoader;
    }

    public SscflpResult run(SscflpInstance instance) {
        RoutePlan problem = SscflpMapping.toPlan(instance);
        RoutePlan greedy = GreedyBaseline.assign(problem);
        PlanScorer scorer = new PlanScorer(classLoader);
        scorer.score(greedy);
        BoundSearch boundSearch = BoundSearch.start(problem);
        if (greedy.getScore().isFeasible()) {
            boundSearch.offer(-greedy.getScore().softScore());
        }
        SolveRun run = new RoutePlanSolver(settings, classLoader).solve(problem, event -> {
            if (event.feasible()) {
                boundSearch.offer(event.costCents());
            }
        });
        LowerBound bound = boundSearch.finish();
        if (bound == null) {
            throw new IllegalStateException("the lower bound of " + instance.name() + " failed (see the log)");
        }
        int[] solved = SscflpMapping.facilityOfCustomer(instance, run.best());
        int[] greedyAssignment = SscflpMapping.facilityOfCustomer(instance, greedy);
        long cost = instance.objective(solved);
        if (cost != -run.best().getScore().softScore()) {
            throw new IllegalStateException("score " + run.best().getScore() + " disagrees with the objective "
                    + cost + " of " + instance.name());
        }
        return new SscflpResult(instance.name(), instance.toInstanceUnits(cost),
                run.best().getScore().isFeasible() && instance.respectsCapacities(solved), run.elapsed(),
                instance.toInstanceUnits(instance.objective(greedyAssignment)),
                greedy.getScore().isFeasible(), run.scoreCalculationsPerSecond(),
                instance.toInstanceUnits(bound.cents()), bound.gapPercent(cost, 3), bound.iterations());
    }
}
