package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
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
 * recreate). It closes a used hub, opens another, or both at once (a swap); or, without changing
 * the open hubs, re-plans the parcels of two used hubs. The touched parcels are the closed hub's
 * and those the opened hub would serve cheaper; they are then reinserted by regret within the new
 * set of open hubs, so a good structural change is judged with a good assignment, not rejected
 * for a poor one. Near a local optimum where single parcels cannot move, the open-hub set is what
 * is left to improve, and a swap needs the parcels of several hubs to shift together.
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

    /** What the move does to the set of open hubs. */
    enum Change {
        SWAP, CLOSE, OPEN, REPLAN_TWO
    }

    @Override
    Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random) {
        List<Parcel> parcels = plan.getParcels();
        Parcel seed = parcels.get(random.nextInt(parcels.size()));
        Hub used = seed.getHub();
        if (used == null) {
            return NoChange.of(TYPE, seed);
        }
        Change change = pick(random);
        Hub other = switch (change) {
            case SWAP, OPEN -> seed.getOptions().get(random.nextInt(seed.getOptions().size())).hub();
            case REPLAN_TWO -> parcels.get(random.nextInt(parcels.size())).getHub();
            case CLOSE -> null;
        };
        if (change != Change.CLOSE && (other == null || other.equals(used))) {
            return NoChange.of(TYPE, seed);
        }
        return replan(index, change, used, other).orElseGet(() -> NoChange.of(TYPE, seed));
    }

    private static Change pick(Random random) {
        int draw = random.nextInt(20);
        if (draw < 10) {
            return Change.SWAP;
        }
        if (draw < 14) {
            return Change.CLOSE;
        }
        return draw < 17 ? Change.OPEN : Change.REPLAN_TWO;
    }

    /**
     * The move for a change: {@code used} is the hub closed (or re-planned), {@code other} the hub
     * opened (or the second one re-planned). Empty when the parcels do not fit the new open hubs
     * or nothing would change.
     */
    static Optional<MultiParcelChangeMove> replan(ReachIndex index, Change change, Hub used, Hub other) {
        boolean closing = change == Change.SWAP || change == Change.CLOSE;
        boolean opening = change == Change.SWAP || change == Change.OPEN;
        Set<Parcel> touched = new LinkedHashSet<>();
        if (change != Change.OPEN) {
            touched.addAll(index.at(used));
        }
        if (change == Change.REPLAN_TWO) {
            touched.addAll(index.at(other));
        }
        if (opening) {
            touched.addAll(attractedTo(other, index));
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
            if (loads.hubParcels(hub) > 0) {
                open.add(hub);
            }
        }
        for (Parcel parcel : touched) {
            if (parcel.getHub() != null) {
                open.add(parcel.getHub());
            }
        }
        if (closing) {
            open.remove(used);
        }
        if (opening) {
            open.add(other);
        }
        List<Parcel> replanned = new ArrayList<>(touched);
        Optional<List<RouteOption>> targets = RegretReinsertion.reinsert(replanned, loads, open);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
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
