package io.returnrouter.core.batch;

import io.returnrouter.core.bound.LowerBound;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.solver.ProgressEvent;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A solved batch: the plan, its cost beside the greedy baseline's, the constraints that bind
 * (score analysis), the per-parcel breakdown, the best score over time and, when it was
 * computed, the proven lower bound on the cost of any feasible plan of the same problem.
 *
 * @param lowerBound null when no bound was computed
 */
public record PlanResult(RoutePlan plan, HardSoftLongScore score, HardSoftLongScore greedyScore,
                         List<ConstraintSummary> constraints, List<ParcelCostBreakdown> breakdown,
                         List<Rejection> rejected, List<ProgressEvent> progress, Duration elapsed,
                         LowerBound lowerBound) {

    /** A result without a bound. */
    public PlanResult(RoutePlan plan, HardSoftLongScore score, HardSoftLongScore greedyScore,
                      List<ConstraintSummary> constraints, List<ParcelCostBreakdown> breakdown,
                      List<Rejection> rejected, List<ProgressEvent> progress, Duration elapsed) {
        this(plan, score, greedyScore, constraints, breakdown, rejected, progress, elapsed, null);
    }

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

    /**
     * How far this plan's cost lies above the proven lower bound, in percent of the bound ("within
     * x % of the best possible"); null without a bound, for an infeasible plan (the bound holds
     * only for feasible ones) or a bound that is not positive.
     */
    public BigDecimal gapToBoundPercent() {
        return lowerBound == null || !feasible() ? null : lowerBound.gapPercent(costCents(), 2);
    }
}
