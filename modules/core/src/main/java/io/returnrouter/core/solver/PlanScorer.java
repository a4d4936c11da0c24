package io.returnrouter.core.solver;

import io.returnrouter.core.plan.RoutePlan;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** Scores and explains plans with the production constraints, without solving. Thread-safe. */
public final class PlanScorer {

    private final SolutionManager<RoutePlan, HardSoftLongScore> solutionManager;

    public PlanScorer(ClassLoader classLoader) {
        SolverFactory<RoutePlan> factory = SolverFactory.create(
                RoutingSolverConfigs.create(SolverSettings.forSeconds(1), classLoader));
        this.solutionManager = SolutionManager.create(factory);
    }

    /** Sets and returns the plan's score. */
    public HardSoftLongScore score(RoutePlan plan) {
        return solutionManager.update(plan);
    }

    public ScoreExplanation<RoutePlan, HardSoftLongScore> explain(RoutePlan plan) {
        return solutionManager.explain(plan);
    }
}
