package io.returnrouter.core.pricing;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.plan.RouteOption;

/**
 * Prices an option for one return as its share of the hub's expected period: fixed cost per
 * expected parcel, trucks by volume share, clearance per expected parcel of a departure. A
 * planning period is a week, so a hub's departures per period are its departure days.
 */
public final class SharedPricer {

    private SharedPricer() {
    }

    /** @param expected the hub's expected period; unused (may be null) for a direct option */
    public static SharedPrice price(long volumeCm3, RouteOption option, ExpectedVolume expected) {
        Hub hub = option.hub();
        long perParcel = option.costs().totalCents();
        if (hub == null) {
            return new SharedPrice(perParcel, 0, 0, 0);
        }
        long fixed = ceilDiv(hub.fixedCostCentsPerPeriod(), expected.parcels());
        long linehaul = 0;
        long customs = 0;
        if (option.departure() != null) {
            Linehaul trucks = option.departure().linehaul();
            int departures = trucks.departureDays().size();
            long volumePerDeparture = Math.max(volumeCm3, ceilDiv(expected.volumeCm3(), departures));
            long parcelsPerDeparture = Math.max(1, expected.parcels() / departures);
            linehaul = ceilDiv(trucks.costFor(volumePerDeparture) * volumeCm3, volumePerDeparture);
            if (hub.outsideCustomsUnion()) {
                customs = ceilDiv(hub.customsClearanceCentsPerShipment(), parcelsPerDeparture);
            }
        }
        return new SharedPrice(perParcel, fixed, linehaul, customs);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
