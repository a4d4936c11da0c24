package io.returnrouter.core.batch;

import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.quote.Rejection;

import java.util.List;
import java.util.Objects;

/** The parcels to plan, and the returns that cannot be planned with the rule that rejects each. */
public record BatchProblem(RoutePlan plan, List<Rejection> rejected) {

    public BatchProblem {
        Objects.requireNonNull(plan, "plan");
        rejected = List.copyOf(rejected);
    }
}
