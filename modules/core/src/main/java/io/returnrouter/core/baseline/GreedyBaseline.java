package io.returnrouter.core.baseline;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RoutePlanCloner;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.pricing.MarginalPricer;

import java.util.Comparator;
import java.util.List;

/**
 * What today's return portals do: each return, in arrival order, takes the option that is
 * cheapest for it alone, as if no other return shared a hub or a truck. Capacities already used
 * by earlier returns are respected; when nothing fits, the cheapest option is taken anyway and
 * the plan is infeasible.
 */
public final class GreedyBaseline {

    private static final LoadView NOBODY_ELSE = Loads.empty();

    private GreedyBaseline() {
    }

    /** A copy of the plan with every parcel assigned greedily; the input is not changed. */
    public static RoutePlan assign(RoutePlan problem) {
        RoutePlan plan = new RoutePlanCloner().cloneSolution(problem);
        plan.setScore(null);
        Loads booked = Loads.empty();
        List<Parcel> arrivalOrder = plan.getParcels().stream()
                .sorted(Comparator.comparingInt(Parcel::getArrivalIndex).thenComparing(Parcel::getId))
                .toList();
        for (Parcel parcel : arrivalOrder) {
            RouteOption chosen = cheapestStandAlone(parcel, booked, true);
            if (chosen == null) {
                chosen = cheapestStandAlone(parcel, booked, false);
            }
            parcel.setOption(chosen);
            if (chosen != null) {
                booked.add(parcel.getVolumeCm3(), chosen);
            }
        }
        return plan;
    }

    private static RouteOption cheapestStandAlone(Parcel parcel, LoadView booked, boolean mustFit) {
        RouteOption best = null;
        long bestCents = Long.MAX_VALUE;
        for (RouteOption option : parcel.getOptions()) {
            if (mustFit && !MarginalPricer.fits(parcel.getVolumeCm3(), option, booked)) {
                continue;
            }
            long cents = MarginalPricer.price(parcel.getVolumeCm3(), option, NOBODY_ELSE).totalCents();
            if (cents < bestCents) {
                best = option;
                bestCents = cents;
            }
        }
        return best;
    }
}
