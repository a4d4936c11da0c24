package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.MarginalPricer;

import org.optaplanner.core.impl.heuristic.move.Move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Closes a used hub: each of its parcels goes to its cheapest other option that still fits the
 * remaining hub capacities, priced at the margin (a hub nobody uses yet costs its fixed charge).
 * Unlike a pillar move to a single hub, the parcels may spread over several destinations, which
 * is what closing a hub under tight capacities needs. Half of the moves also open a chosen hub in
 * its place (its fixed cost counts as already paid), so that one hub can replace another in a
 * single step.
 */
public final class HubCloseMoveFactory extends HubMoveFactory {

    private static final String TYPE = "HubClose";

    @Override
    Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random) {
        List<Parcel> parcels = plan.getParcels();
        Parcel seed = parcels.get(random.nextInt(parcels.size()));
        Hub closing = seed.getHub();
        if (closing == null) {
            return NoChange.of(TYPE, seed);
        }
        List<Parcel> leaving = index.at(closing);
        Set<Hub> otherHubs = new LinkedHashSet<>();
        for (Parcel parcel : leaving) {
            for (RouteOption option : parcel.getOptions()) {
                if (option.hub() != null && !closing.equals(option.hub())) {
                    otherHubs.add(option.hub());
                }
            }
        }
        Loads loads = index.loadsOf(otherHubs);
        List<Hub> candidates = new ArrayList<>(otherHubs);
        Hub replacement = random.nextBoolean() && !candidates.isEmpty()
                ? candidates.get(random.nextInt(candidates.size())) : null;
        leaving.sort(Comparator.comparingLong(Parcel::getVolumeCm3).reversed());
        List<RouteOption> targets = new ArrayList<>(leaving.size());
        for (Parcel parcel : leaving) {
            RouteOption best = null;
            long bestCents = Long.MAX_VALUE;
            for (RouteOption option : parcel.getOptions()) {
                if (closing.equals(option.hub()) || !MarginalPricer.fits(parcel.getVolumeCm3(), option, loads)) {
                    continue;
                }
                MarginalPrice price = MarginalPricer.price(parcel.getVolumeCm3(), option, loads);
                long cents = price.totalCents() - (option.hub() != null && option.hub().equals(replacement)
                        ? price.hubFixedCents() : 0);
                if (cents < bestCents) {
                    best = option;
                    bestCents = cents;
                }
            }
            if (best == null) {
                return NoChange.of(TYPE, seed);
            }
            targets.add(best);
            loads.add(parcel.getVolumeCm3(), best);
        }
        return new MultiParcelChangeMove(TYPE, leaving, targets);
    }
}
