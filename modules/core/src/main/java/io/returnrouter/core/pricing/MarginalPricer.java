package io.returnrouter.core.pricing;

import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;

/**
 * Prices an option for one more parcel against booked loads, with exactly the charges of the
 * constraint provider, so a quote equals the score change the parcel would cause in the plan.
 */
public final class MarginalPricer {

    private MarginalPricer() {
    }

    public static MarginalPrice price(long volumeCm3, RouteOption option, LoadView loads) {
        Hub hub = option.hub();
        long hubFixed = hub != null && loads.hubParcels(hub) == 0 ? hub.fixedCostCentsPerPeriod() : 0;
        long linehaul = 0;
        long customs = 0;
        Departure departure = option.departure();
        if (departure != null) {
            long before = loads.departureVolumeCm3(departure);
            linehaul = departure.linehaulCostCents(before + volumeCm3) - departure.linehaulCostCents(before);
            if (hub.outsideCustomsUnion() && loads.departureParcels(departure) == 0) {
                customs = hub.customsClearanceCentsPerShipment();
            }
        }
        return new MarginalPrice(option.costs().totalCents(), hubFixed, linehaul, customs);
    }

    /** Whether one more parcel still fits every capacity the option uses. */
    public static boolean fits(long volumeCm3, RouteOption option, LoadView loads) {
        Hub hub = option.hub();
        if (hub != null && (loads.hubParcels(hub) + 1 > hub.capacityParcels()
                || loads.hubVolumeCm3(hub) + volumeCm3 > hub.capacityVolumeCm3())) {
            return false;
        }
        DropOffPoint point = option.firstMile().dropOffPoint();
        if (point != null && loads.dropOffPointParcels(point) + 1 > point.dailyCapacity()) {
            return false;
        }
        PickupSlot slot = option.firstMile().pickupSlot();
        return slot == null || loads.pickupSlotParcels(slot) + 1 <= slot.capacity();
    }
}
