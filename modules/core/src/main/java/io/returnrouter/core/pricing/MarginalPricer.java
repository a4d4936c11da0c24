package io.returnrouter.core.pricing;

import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.RouteOption;

/**
 * Prices an option for one more parcel against booked loads, with exactly the charges of the
 * constraint provider, so a quote equals the score change the parcel would cause in the plan.
 * Loads are read in the buckets the option books: its hub in its period, its departure on its date.
 */
public final class MarginalPricer {

    private MarginalPricer() {
    }

    public static MarginalPrice price(long volumeCm3, RouteOption option, LoadView loads) {
        Hub hub = option.hub();
        long hubFixed = hub != null && loads.parcels(CapacityClaims.hub(option, loads.hubPeriod())) == 0
                ? hub.fixedCostCentsPerPeriod() : 0;
        long linehaul = 0;
        long customs = 0;
        Departure departure = option.departure();
        if (departure != null) {
            var bucket = CapacityClaims.departure(departure);
            long before = loads.volumeCm3(bucket);
            linehaul = departure.linehaulCostCents(before + volumeCm3) - departure.linehaulCostCents(before);
            if (hub.outsideCustomsUnion() && loads.parcels(bucket) == 0) {
                customs = hub.customsClearanceCentsPerShipment();
            }
        }
        return new MarginalPrice(option.costs().totalCents(), hubFixed, linehaul, customs);
    }

    /** Whether one more parcel still fits every capacity the option uses, in the buckets it books. */
    public static boolean fits(long volumeCm3, RouteOption option, LoadView loads) {
        for (Claim claim : CapacityClaims.of(option, volumeCm3, loads.hubPeriod())) {
            if (!claim.fitsBeside(loads.parcels(claim.bucket()), loads.volumeCm3(claim.bucket()))) {
                return false;
            }
        }
        return true;
    }
}
