package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.MarginalPricer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recreates the assignment of removed parcels within a given set of open hubs, by regret: the
 * parcel that would lose most by not getting its cheapest option goes first. Greedy-by-size
 * insertion fills the cheap hubs with whoever comes first and leaves the last parcels only bad
 * options; regret keeps those options for the parcels that have no good alternative.
 *
 * <p>Prices are marginal against the loads (linehaul vehicles, shipments), except that the fixed
 * cost of an open hub is treated as already paid: which hubs are open is the caller's decision,
 * the reinsertion only decides who goes where.
 */
final class RegretReinsertion {

    /** Regret of a parcel with a single fitting option: it must be placed before that one fills. */
    private static final long ONLY_CHOICE = Long.MAX_VALUE / 4;

    private RegretReinsertion() {
    }

    /** A parcel's best and second-best fitting options at the current loads. */
    private static final class Choice {
        final Parcel parcel;
        RouteOption best;
        long bestCents;
        Hub secondHub;
        long regret;

        Choice(Parcel parcel) {
            this.parcel = parcel;
        }
    }

    /**
     * The option of each parcel, in the order given, or empty when some parcel fits nowhere.
     *
     * @param loads     the loads of every parcel that keeps its option; updated as parcels are placed
     * @param openHubs  the hubs a parcel may use; options without a hub (direct) are always allowed
     */
    static Optional<List<RouteOption>> reinsert(List<Parcel> parcels, Loads loads, Set<Hub> openHubs) {
        List<Choice> pending = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            Choice choice = new Choice(parcel);
            if (!evaluate(choice, loads, openHubs)) {
                return Optional.empty();
            }
            pending.add(choice);
        }
        Map<Parcel, RouteOption> placed = new IdentityHashMap<>(parcels.size());
        while (!pending.isEmpty()) {
            int pick = mostRegretted(pending);
            Choice choice = pending.get(pick);
            // Others' placements may have filled or repriced this parcel's best option since it
            // was evaluated; place it only on a current evaluation.
            RouteOption before = choice.best;
            long beforeCents = choice.bestCents;
            if (!evaluate(choice, loads, openHubs)) {
                return Optional.empty();
            }
            if (choice.best != before || choice.bestCents != beforeCents) {
                continue;
            }
            pending.set(pick, pending.get(pending.size() - 1));
            pending.remove(pending.size() - 1);
            placed.put(choice.parcel, choice.best);
            loads.add(choice.parcel.getVolumeCm3(), choice.best);
            Hub filled = choice.best.hub();
            for (Choice other : pending) {
                if (filled != null && (filled.equals(other.best.hub()) || filled.equals(other.secondHub))) {
                    if (!evaluate(other, loads, openHubs)) {
                        return Optional.empty();
                    }
                }
            }
        }
        List<RouteOption> targets = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            targets.add(placed.get(parcel));
        }
        return Optional.of(targets);
    }

    private static int mostRegretted(List<Choice> pending) {
        int pick = 0;
        for (int k = 1; k < pending.size(); k++) {
            Choice candidate = pending.get(k);
            Choice current = pending.get(pick);
            if (candidate.regret > current.regret || candidate.regret == current.regret
                    && candidate.parcel.getVolumeCm3() > current.parcel.getVolumeCm3()) {
                pick = k;
            }
        }
        return pick;
    }

    /**
     * Refreshes a parcel's best option and its regret: the extra cost of the best option at
     * another destination, because losing a hub to capacity is what the parcel risks. False when
     * no option fits.
     */
    private static boolean evaluate(Choice choice, Loads loads, Set<Hub> openHubs) {
        Parcel parcel = choice.parcel;
        List<RouteOption> options = parcel.getOptions();
        long[] cents = new long[options.size()];
        int best = -1;
        for (int k = 0; k < options.size(); k++) {
            RouteOption option = options.get(k);
            Hub hub = option.hub();
            cents[k] = Long.MAX_VALUE;
            if (hub != null && !openHubs.contains(hub)
                    || !MarginalPricer.fits(parcel.getVolumeCm3(), option, loads)) {
                continue;
            }
            MarginalPrice price = MarginalPricer.price(parcel.getVolumeCm3(), option, loads);
            cents[k] = price.totalCents() - price.hubFixedCents();
            if (best < 0 || cents[k] < cents[best]) {
                best = k;
            }
        }
        if (best < 0) {
            return false;
        }
        Hub bestHub = options.get(best).hub();
        int second = -1;
        for (int k = 0; k < options.size(); k++) {
            if (cents[k] != Long.MAX_VALUE && !Objects.equals(options.get(k).hub(), bestHub)
                    && (second < 0 || cents[k] < cents[second])) {
                second = k;
            }
        }
        choice.best = options.get(best);
        choice.bestCents = cents[best];
        choice.secondHub = second < 0 ? null : options.get(second).hub();
        choice.regret = second < 0 ? ONLY_CHOICE : cents[second] - cents[best];
        return true;
    }
}
