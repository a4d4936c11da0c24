package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;

import org.optaplanner.core.impl.heuristic.move.Move;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Moves all parcels of one hub (or a random part of them) to another destination in one step:
 * the pillar-change move. It can empty a hub, and so save its fixed cost or a linehaul vehicle,
 * without passing through worse plans parcel by parcel.
 */
public final class HubPillarMoveFactory extends HubMoveFactory {

    private static final String TYPE = "HubPillarChange";

    @Override
    Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random) {
        List<Parcel> parcels = plan.getParcels();
        Parcel seed = parcels.get(random.nextInt(parcels.size()));
        Hub from = seed.getHub();
        Hub to = seed.getOptions().get(random.nextInt(seed.getOptions().size())).hub();
        if (from == null || from.equals(to)) {
            return NoChange.of(TYPE, seed);
        }
        // Half of the moves take the whole pillar (can empty the hub), half a random part of it.
        boolean whole = random.nextBoolean();
        double share = random.nextDouble();
        List<Parcel> moved = new ArrayList<>();
        List<RouteOption> targets = new ArrayList<>();
        for (Parcel parcel : index.at(from)) {
            if (parcel != seed && !whole && random.nextDouble() >= share) {
                continue;
            }
            RouteOption target = parcel.optionVia(to, parcel.getOption().firstMile());
            if (target != null) {
                moved.add(parcel);
                targets.add(target);
            }
        }
        return moved.isEmpty() ? NoChange.of(TYPE, seed) : new MultiParcelChangeMove(TYPE, moved, targets);
    }
}
