package io.returnrouter.api.plans;

import io.returnrouter.core.batch.ConstraintSummary;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.solver.BindingPlace;
import io.returnrouter.core.solver.ProgressEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a finished plan reports beside its assignments; stored as JSON with the plan.
 *
 * @param lowerBoundCents   no feasible plan of the same returns, network and weights costs less
 *                          (Lagrangian bound, docs/decisions/0007); null if not computed
 * @param gapToBoundPercent the plan's cost above that bound, in percent of the bound ("within x %
 *                          of the best possible"); null for an infeasible plan or without a bound
 * @param measuredTransit   the lanes whose first mile took the measured median instead of the
 *                          nominal days (empty when switched off or none is measured well enough;
 *                          null in plans stored before it was recorded)
 */
public record PlanResultView(PlanKpis kpis, PlanKpis baselineKpis, BigDecimal savingPercent,
                             List<ConstraintView> constraints, List<RejectionView> rejected,
                             List<ProgressPoint> progress, BigDecimal solveSeconds, Long lowerBoundCents,
                             BigDecimal gapToBoundPercent, List<PlanTransit.LaneView> measuredTransit) {

    /** A view without a bound (results stored before bounds were computed read back as this). */
    public PlanResultView(PlanKpis kpis, PlanKpis baselineKpis, BigDecimal savingPercent,
                          List<ConstraintView> constraints, List<RejectionView> rejected,
                          List<ProgressPoint> progress, BigDecimal solveSeconds) {
        this(kpis, baselineKpis, savingPercent, constraints, rejected, progress, solveSeconds, null, null, null);
    }

    /** A constraint that binds: how often, at what score and, if hard, where and on which days. */
    public record ConstraintView(String name, int matches, String score, List<PlaceView> places) {
        static ConstraintView of(ConstraintSummary c) {
            return new ConstraintView(c.constraint(), c.matchCount(), c.score().toString(),
                    c.places().stream().map(PlaceView::of).toList());
        }
    }

    /** Where a hard constraint binds; {@code day} is null for limits per planning period. */
    public record PlaceView(String place, LocalDate day, long excess) {
        static PlaceView of(BindingPlace p) {
            return new PlaceView(p.place(), p.day(), p.excess());
        }
    }

    public record RejectionView(String returnId, String rule, String message) {
        static RejectionView of(Rejection r) {
            return new RejectionView(r.returnId(), r.rule().name(), r.message());
        }
    }

    /** The best score at a moment of the solve, to draw best score over time. */
    public record ProgressPoint(BigDecimal atSeconds, String score, boolean feasible) {
        static ProgressPoint of(ProgressEvent e) {
            return new ProgressPoint(BigDecimal.valueOf(e.elapsed().toMillis(), 3), e.bestScore().toString(), e.feasible());
        }
    }
}
