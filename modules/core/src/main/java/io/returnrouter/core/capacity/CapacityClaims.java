package io.returnrouter.core.capacity;

import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets a parcel on an option books: its pickup slot or its drop-off point on the hand-in
 * day, its hub in the period of the day it leaves the hub, and its line-haul departure.
 */
public final class CapacityClaims {

    private CapacityClaims() {
    }

    public static List<Claim> of(RouteOption option, long volumeCm3, HubPeriod period) {
        List<Claim> claims = new ArrayList<>(3);
        PickupSlot slot = option.firstMile().pickupSlot();
        if (slot != null) {
            claims.add(new Claim(pickup(slot), volumeCm3, slot.capacity(), Claim.UNLIMITED_VOLUME));
        }
        DropOffPoint point = option.firstMile().dropOffPoint();
        if (point != null) {
            claims.add(new Claim(dropOff(option), volumeCm3, point.dailyCapacity(), Claim.UNLIMITED_VOLUME));
        }
        Hub hub = option.hub();
        if (hub != null) {
            claims.add(new Claim(hub(option, period), volumeCm3, hub.capacityParcels(), hub.capacityVolumeCm3()));
        }
        Departure departure = option.departure();
        if (departure != null) {
            claims.add(new Claim(departure(departure), volumeCm3, Claim.UNLIMITED_PARCELS, Claim.UNLIMITED_VOLUME));
        }
        return claims;
    }

    public static Bucket pickup(PickupSlot slot) {
        return new Bucket(CapacityKind.PICKUP_SLOT, slot.service().id() + "@" + slot.region(), slot.date());
    }

    /** The option's drop-off point on the day the option assumes the parcel is handed in. */
    public static Bucket dropOff(RouteOption option) {
        return new Bucket(CapacityKind.DROP_OFF_POINT, option.firstMile().dropOffPoint().id(), handIn(option));
    }

    /** The option's hub in the period of its departure (or of the hand-in day when it has no line-haul). */
    public static Bucket hub(RouteOption option, HubPeriod period) {
        Departure departure = option.departure();
        return hub(option.hub(), departure != null ? departure.date() : handIn(option), period);
    }

    /** @param day any day of the period; ignored for {@link HubPeriod#WHOLE_PLAN} */
    public static Bucket hub(Hub hub, LocalDate day, HubPeriod period) {
        return hub(hub.id(), day, period);
    }

    /** The hub's bucket by its id: where a parcel scanned at the hub on {@code day} really counts. */
    public static Bucket hub(String hubId, LocalDate day, HubPeriod period) {
        return new Bucket(CapacityKind.HUB, hubId, period.start(day));
    }

    public static Bucket departure(Departure departure) {
        return new Bucket(CapacityKind.DEPARTURE, departure.hub().id(), departure.date());
    }

    private static LocalDate handIn(RouteOption option) {
        // Abstract benchmark legs have no day; they are only ever counted over a whole plan.
        return option.handInOn() != null ? option.handInOn() : LocalDate.EPOCH;
    }
}
