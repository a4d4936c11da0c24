package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.pricing.Loads;

import org.optaplanner.core.impl.heuristic.move.Move;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Changes which hubs are open and re-plans every parcel the change touches, in one move (ruin and
 * recreate). It closes a used hub, opens another, or both at once (a swap); closes or opens two
 * (two swaps, a merge, a split); or, without changing the open hubs, re-plans the parcels of two
 * used hubs. The touched parcels are the closed hubs' and those an opened hub would serve
 * cheaper; they are reinserted by regret within the new set of open hubs and then improved by
 * pairwise exchanges, so a good structural change is judged with a good assignment, not rejected
 * for a poor one. Near a local optimum where single parcels cannot move, the open-hub set is what
 * is left to improve, and changing it needs the parcels of several hubs to shift together.
 */
public final class HubReplanMoveFactory extends HubMoveFactory {

    static final String TYPE = "HubReplan";

    /**
     * The most parcels one move re-plans. Regret reinsertion is quadratic in them, and scoring
     * the move grows with them: in a batch of 100,000 parcels a hub holds thousands, and a few
     * such moves per step starve the search. Hubs that large are still closed and opened by
     * the linear-time hub close and hub open moves.
     */
    static final int MAX_REPLANNED = 500;

    @Override
    Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random) {
        List<Parcel> parcels = plan.getParcels();
        Parcel seed = parcels.get(random.nextInt(parcels.size()));
        Hub used = seed.getHub();
        Hub otherUsed = parcels.get(random.nextInt(parcels.size())).getHub();
        Hub reachable = seed.getOptions().get(random.nextInt(seed.getOptions().size())).hub();
        Hub otherReachable = seed.getOptions().get(random.nextInt(seed.getOptions().size())).hub();
        // Mostly single changes; the double ones reach optima that differ from the current plan
        // in two hubs, where each single change alone makes the plan worse.
        int draw = random.nextInt(20);
        HubChange change;
        if (draw < 8) {
            change = HubChange.swap(used, reachable);
        } else if (draw < 11) {
            change = HubChange.of(set(used), Set.of(), Set.of());
        } else if (draw < 13) {
            change = HubChange.of(Set.of(), set(reachable), Set.of());
        } else if (draw < 15) {
            change = HubChange.of(Set.of(), Set.of(), set(used, otherUsed));
        } else if (draw < 17) {
            change = HubChange.of(set(used, otherUsed), set(reachable, otherReachable), Set.of());
        } else if (draw < 19) {
            change = HubChange.of(set(used, otherUsed), set(reachable), Set.of());
        } else {
            change = HubChange.of(set(used), set(reachable, otherReachable), Set.of());
        }
        return change == null ? NoChange.of(TYPE, seed)
                : replan(index, change).orElseGet(() -> NoChange.of(TYPE, seed));
    }

    /** The distinct non-null hubs, or null (no change) when one is missing. */
    private static Set<Hub> set(Hub... hubs) {
        Set<Hub> set = new LinkedHashSet<>();
        for (Hub hub : hubs) {
            if (hub == null || !set.add(hub)) {
                return null;
            }
        }
        return set;
    }

    /**
     * The move for a change, or empty when the touched parcels do not fit the new open hubs, are
     * too many, or nothing would change.
     */
    static Optional<MultiParcelChangeMove> replan(ReachIndex index, HubChange change) {
        Set<Parcel> touched = new LinkedHashSet<>();
        for (Hub hub : change.closed()) {
            touched.addAll(index.at(hub));
        }
        for (Hub hub : change.replanned()) {
            touched.addAll(index.at(hub));
        }
        // A batch hub of thousands of parcels ends here, before the costlier scan for attracted ones.
        if (touched.size() > MAX_REPLANNED) {
            return Optional.empty();
        }
        for (Hub hub : change.opened()) {
            touched.addAll(attractedTo(hub, index));
        }
        if (touched.isEmpty() || touched.size() > MAX_REPLANNED) {
            return Optional.empty();
        }
        Set<Hub> reachable = new LinkedHashSet<>();
        for (Parcel parcel : touched) {
            for (RouteOption option : parcel.getOptions()) {
                if (option.hub() != null) {
                    reachable.add(option.hub());
                }
            }
        }
        Loads loads = index.loadsOf(reachable, touched);
        Set<Hub> open = new LinkedHashSet<>();
        for (Hub hub : reachable) {
            if (loads.parcels(CapacityClaims.hub(hub, null, loads.hubPeriod())) > 0) {
                open.add(hub);
            }
        }
        for (Parcel parcel : touched) {
            if (parcel.getHub() != null) {
                open.add(parcel.getHub());
            }
        }
        open.removeAll(change.closed());
        open.addAll(change.opened());
        List<Parcel> replanned = new ArrayList<>(touched);
        Optional<List<RouteOption>> targets = RegretReinsertion.reinsert(replanned, loads, open);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        ExchangeImprovement.improve(replanned, targets.get(), loads);
        List<Parcel> moved = new ArrayList<>();
        List<RouteOption> movedTo = new ArrayList<>();
        for (int k = 0; k < replanned.size(); k++) {
            if (replanned.get(k).getOption() != targets.get().get(k)) {
                moved.add(replanned.get(k));
                movedTo.add(targets.get().get(k));
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new MultiParcelChangeMove(TYPE, moved, movedTo));
    }

    /** The parcels elsewhere whose own cost would be lower via the hub. */
    private static List<Parcel> attractedTo(Hub hub, ReachIndex index) {
        List<Parcel> attracted = new ArrayList<>();
        for (Parcel parcel : index.reaching(hub)) {
            RouteOption current = parcel.getOption();
            if (current == null || hub.equals(current.hub())) {
                continue;
            }
            RouteOption via = parcel.optionVia(hub, current.firstMile());
            if (via != null && via.costs().totalCents() < current.costs().totalCents()) {
                attracted.add(parcel);
            }
        }
        return attracted;
    }
}
