package io.returnrouter.core.solver.moves;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives several parcels new options at once. OptaPlanner's generic swap and pillar moves assume
 * that entities share values; ours do not (each parcel has its own priced options), so the swap
 * and pillar moves are built on this move with each parcel's own counterpart option.
 */
public final class MultiParcelChangeMove extends AbstractMove<RoutePlan> {

    private final String type;
    private final List<Parcel> parcels;
    private final List<RouteOption> toOptions;

    public MultiParcelChangeMove(String type, List<Parcel> parcels, List<RouteOption> toOptions) {
        if (parcels.size() != toOptions.size()) {
            throw new IllegalArgumentException("one target option per parcel is needed");
        }
        this.type = type;
        this.parcels = List.copyOf(parcels);
        // An unassigned parcel's undo move restores null, which List.copyOf refuses.
        this.toOptions = java.util.Collections.unmodifiableList(new ArrayList<>(toOptions));
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutePlan> scoreDirector) {
        for (int i = 0; i < parcels.size(); i++) {
            if (parcels.get(i).getOption() != toOptions.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected MultiParcelChangeMove createUndoMove(ScoreDirector<RoutePlan> scoreDirector) {
        List<RouteOption> current = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            current.add(parcel.getOption());
        }
        return new MultiParcelChangeMove(type, parcels, current);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutePlan> scoreDirector) {
        for (int i = 0; i < parcels.size(); i++) {
            Parcel parcel = parcels.get(i);
            RouteOption target = toOptions.get(i);
            if (parcel.getOption() != target) {
                scoreDirector.beforeVariableChanged(parcel, "option");
                parcel.setOption(target);
                scoreDirector.afterVariableChanged(parcel, "option");
            }
        }
    }

    @Override
    public MultiParcelChangeMove rebase(ScoreDirector<RoutePlan> destinationScoreDirector) {
        return new MultiParcelChangeMove(type, rebaseList(parcels, destinationScoreDirector),
                rebaseList(toOptions, destinationScoreDirector));
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return type;
    }

    @Override
    public List<Parcel> getPlanningEntities() {
        return parcels;
    }

    @Override
    public List<RouteOption> getPlanningValues() {
        return toOptions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiParcelChangeMove other && parcels.equals(other.parcels)
                && toOptions.equals(other.toOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parcels, toOptions);
    }

    @Override
    public String toString() {
        return type + " " + parcels + " -> " + toOptions;
    }
}
