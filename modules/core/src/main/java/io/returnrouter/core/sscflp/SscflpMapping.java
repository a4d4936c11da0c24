package io.returnrouter.core.sscflp;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.FirstMile;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a facility-location instance onto the production model: facilities become hubs with a
 * fixed cost per period and a volume capacity, customers become parcels whose volume is their
 * demand, and each assignment cost becomes the transport cost of that parcel's option to that
 * hub. Solving it exercises the production constraints, not a separate model.
 */
public final class SscflpMapping {

    /** The benchmark has no geography; a user-assigned ISO code keeps the model's validation. */
    private static final String NO_COUNTRY = "ZZ";
    private static final Location NOWHERE = Location.of(0, 0, NO_COUNTRY, "00000");
    private static final MarketRules NO_RULES = StandardMarketRules.permissive(NO_COUNTRY);
    private static final FirstMile CUSTOMER_LEG = FirstMile.abstractLeg(FirstMileMode.DROP_OFF_POINT);

    private SscflpMapping() {
    }

    public static RoutePlan toPlan(SscflpInstance instance) {
        List<Hub> hubs = new ArrayList<>(instance.facilityCount());
        for (int i = 0; i < instance.facilityCount(); i++) {
            hubs.add(new Hub(facilityId(i), facilityId(i), NOWHERE, Integer.MAX_VALUE, instance.capacities()[i], 0,
                    instance.fixedCosts()[i], Optional.empty(), false, 0));
        }
        List<Parcel> parcels = new ArrayList<>(instance.customerCount());
        for (int j = 0; j < instance.customerCount(); j++) {
            List<RouteOption> options = new ArrayList<>(hubs.size());
            for (int i = 0; i < hubs.size(); i++) {
                options.add(new RouteOption("C" + (j + 1) + "->" + facilityId(i), CUSTOMER_LEG,
                        new Destination(hubs.get(i), null, null),
                        OptionCosts.transportOnly(instance.costs()[i][j]), 0, 0, 0, null));
            }
            parcels.add(new Parcel("C" + (j + 1), "C" + (j + 1), j, Outcome.REFUND, NO_RULES,
                    ParcelSpec.ofDemand(instance.demands()[j]), options));
        }
        return new RoutePlan(hubs, parcels);
    }

    /** The facility (0-based) of each customer in a fully assigned plan made by {@link #toPlan}. */
    public static int[] facilityOfCustomer(SscflpInstance instance, RoutePlan plan) {
        int[] result = new int[instance.customerCount()];
        for (Parcel parcel : plan.getParcels()) {
            int customer = Integer.parseInt(parcel.getId().substring(1)) - 1;
            if (parcel.getHub() == null) {
                throw new IllegalStateException("customer " + parcel.getId() + " is not assigned");
            }
            result[customer] = Integer.parseInt(parcel.getHub().id().substring(1)) - 1;
        }
        return result;
    }

    private static String facilityId(int index) {
        return "F" + (index + 1);
    }
}
