package io.returnrouter.core.plan;

import io.returnrouter.core.model.Hub;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.util.ArrayList;
import java.util.List;

/**
 * The parcels of one planning period and the hubs they may use: the planning solution. The soft
 * score is the plan's cost in euro cents (negated).
 */
@PlanningSolution(solutionCloner = RoutePlanCloner.class)
public class RoutePlan {

    @ProblemFactCollectionProperty
    private final List<Hub> hubs;

    @PlanningEntityCollectionProperty
    private final List<Parcel> parcels;

    @PlanningScore
    private HardSoftLongScore score;

    public RoutePlan(List<Hub> hubs, List<Parcel> parcels) {
        this.hubs = List.copyOf(hubs);
        this.parcels = new ArrayList<>(parcels);
    }

    public List<Hub> getHubs() {
        return hubs;
    }

    public List<Parcel> getParcels() {
        return parcels;
    }

    /**
     * Every parcel's eligible options, as problem facts: multithreaded solving looks up the
     * option a move assigns in each move thread's copy of the plan by its planning id, and can
     * only find facts the solution declares. Computed, so the plan holds no second list.
     */
    @ProblemFactCollectionProperty
    public List<RouteOption> getRouteOptions() {
        List<RouteOption> options = new ArrayList<>();
        for (Parcel parcel : parcels) {
            options.addAll(parcel.getOptions());
        }
        return options;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public boolean isFullyAssigned() {
        return parcels.stream().allMatch(p -> p.getOption() != null);
    }
}
