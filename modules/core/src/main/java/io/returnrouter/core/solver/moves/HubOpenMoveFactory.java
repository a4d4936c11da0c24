package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;

import org.optaplanner.core.impl.heuristic.move.Move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws parcels to a hub: every parcel whose own option via that hub is cheaper than its current
 * one moves there, biggest saving first, while the hub's capacity lasts. This opens a hub (or
 * fills a truck) in one step, which single-parcel moves never do when the first parcel would pay
 * a whole vehicle or the hub's fixed cost alone.
 */
public final class HubOpenMoveFactory extends HubMoveFactory {

    private static final String TYPE = "HubOpen";

    private record Candidate(Parcel parcel, RouteOption target, long savingCents) {
    }

    @Override
    Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random) {
        List<Parcel> parcels = plan.getParcels();
        Parcel seed = parcels.get(random.nextInt(parcels.size()));
        Hub opening = seed.getOptions().get(random.nextInt(seed.getOptions().size())).hub();
        if (opening == null || seed.getOption() == null) {
            return NoChange.of(TYPE, seed);
        }
        int parcelsThere = 0;
        long volumeThere = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (Parcel parcel : index.reaching(opening)) {
            RouteOption current = parcel.getOption();
            if (current == null) {
                continue;
            }
            if (opening.equals(current.hub())) {
                parcelsThere++;
                volumeThere += parcel.getVolumeCm3();
                continue;
            }
            RouteOption target = parcel.optionVia(opening, current.firstMile());
            if (target != null && target.costs().totalCents() < current.costs().totalCents()) {
                candidates.add(new Candidate(parcel, target,
                        current.costs().totalCents() - target.costs().totalCents()));
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::savingCents).reversed());
        List<Parcel> moved = new ArrayList<>();
        List<RouteOption> targets = new ArrayList<>();
        for (Candidate candidate : candidates) {
            long volume = candidate.parcel().getVolumeCm3();
            if (parcelsThere + 1 > opening.capacityParcels() || volumeThere + volume > opening.capacityVolumeCm3()) {
                continue;
            }
            parcelsThere++;
            volumeThere += volume;
            moved.add(candidate.parcel());
            targets.add(candidate.target());
        }
        return moved.isEmpty() ? NoChange.of(TYPE, seed) : new MultiParcelChangeMove(TYPE, moved, targets);
    }
}
