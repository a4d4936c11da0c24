package io.returnrouter.core.plan;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Copies only what the solver changes (the parcels' chosen options). The reflective default
 * cloner would walk every immutable option and network record for nothing.
 */
public final class RoutePlanCloner implements SolutionCloner<RoutePlan> {

    @Override
    public RoutePlan cloneSolution(RoutePlan original) {
        RoutePlan clone = new RoutePlan(original.getHubs(), original.getParcels().stream().map(Parcel::copy).toList());
        clone.setScore(original.getScore());
        return clone;
    }
}
