package io.returnrouter.core.pricing;

import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.plan.RouteOption;

import java.time.LocalDate;

/**
 * Prices an option for one return as its share of the hub's expected period: fixed cost per
 * expected parcel, trucks by volume share, clearance per expected parcel of a departure. The
 * period is the capacity ledger's hub period; its departures are the line-haul's departure days
 * that fall into it (a whole plan counts as a week).
 */
public final class SharedPricer {

    private SharedPricer() {
    }

    /**
     * @param expected the hub's expected period; unused (may be null) for a direct option
     * @param period   how the ledger buckets hub bookings: the period the expected volume is of
     */
    public static SharedPrice price(long volumeCm3, RouteOption option, ExpectedVolume expected, HubPeriod period) {
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
            int departures = departuresInPeriod(trucks, CapacityClaims.hub(option, period).day(), period);
            long volumePerDeparture = Math.max(volumeCm3, ceilDiv(expected.volumeCm3(), departures));
            long parcelsPerDeparture = Math.max(1, expected.parcels() / departures);
            linehaul = ceilDiv(trucks.costFor(volumePerDeparture) * volumeCm3, volumePerDeparture);
            if (hub.outsideCustomsUnion()) {
                customs = ceilDiv(hub.customsClearanceCentsPerShipment(), parcelsPerDeparture);
            }
        }
        return new SharedPrice(perParcel, fixed, linehaul, customs);
    }

    /** At least one: the option's own departure is in its period. */
    private static int departuresInPeriod(Linehaul trucks, LocalDate periodStart, HubPeriod period) {
        if (period.days() == 0 || period.days() >= 7 && period.days() % 7 == 0) {
            return trucks.departureDays().size() * Math.max(1, period.days() / 7);
        }
        int departures = 0;
        for (int d = 0; d < period.days(); d++) {
            if (trucks.departureDays().contains(periodStart.plusDays(d).getDayOfWeek())) {
                departures++;
            }
        }
        return Math.max(1, departures);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
