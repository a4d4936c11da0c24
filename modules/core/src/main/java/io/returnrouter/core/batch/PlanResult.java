package io.returnrouter.core.batch;

import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.solver.ProgressEvent;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A solved batch: the plan, its cost beside the greedy baseline's, the constraints that bind
 * (score analysis), the per-parcel breakdown and the best score over time.
 */
public record PlanResult(RoutePlan plan, HardSoftLongScore score, HardSoftLongScore greedyScore,
                         List<ConstraintSummary> constraints, List<ParcelCostBreakdown> breakdown,
                         List<Rejection> rejected, List<ProgressEvent> progress, Duration elapsed) {

    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(greedyScore, "greedyScore");
        constraints = List.copyOf(constraints);
        breakdown = List.copyOf(breakdown);
        rejected = List.copyOf(rejected);
        progress = List.copyOf(progress);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean feasible() {
        return score.isFeasible();
    }

    public long costCents() {
        return -score.softScore();
    }

    public long greedyCostCents() {
        return -greedyScore.softScore();
    }

    /** Saving against the greedy baseline in basis points (1/100 %). */
    public long savingBasisPoints() {
        return greedyCostCents() == 0 ? 0 : (greedyCostCents() - costCents()) * 10_000 / greedyCostCents();
    }
}
