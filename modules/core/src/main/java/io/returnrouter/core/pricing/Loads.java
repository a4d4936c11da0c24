package io.returnrouter.core.pricing;

import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;

import java.util.HashMap;
import java.util.Map;

/**
 * Mutable booked loads. Not thread-safe: build one per request or per planning run, or share an
 * unmodified instance read-only.
 */
public final class Loads implements LoadView {

    private final Map<Hub, Integer> hubParcels = new HashMap<>();
    private final Map<Hub, Long> hubVolume = new HashMap<>();
    private final Map<Departure, Integer> departureParcels = new HashMap<>();
    private final Map<Departure, Long> departureVolume = new HashMap<>();
    private final Map<DropOffPoint, Integer> pointParcels = new HashMap<>();
    private final Map<PickupSlot, Integer> slotParcels = new HashMap<>();

    public static Loads empty() {
        return new Loads();
    }

    /** The loads of every assigned parcel of a plan. */
    public static Loads of(Iterable<Parcel> parcels) {
        Loads loads = new Loads();
        for (Parcel parcel : parcels) {
            if (parcel.getOption() != null) {
                loads.add(parcel.getVolumeCm3(), parcel.getOption());
            }
        }
        return loads;
    }

    public void add(long volumeCm3, RouteOption option) {
        Hub hub = option.hub();
        if (hub != null) {
            hubParcels.merge(hub, 1, Integer::sum);
            hubVolume.merge(hub, volumeCm3, Long::sum);
        }
        Departure departure = option.departure();
        if (departure != null) {
            departureParcels.merge(departure, 1, Integer::sum);
            departureVolume.merge(departure, volumeCm3, Long::sum);
        }
        if (option.firstMile().dropOffPoint() != null) {
            pointParcels.merge(option.firstMile().dropOffPoint(), 1, Integer::sum);
        }
        if (option.firstMile().pickupSlot() != null) {
            slotParcels.merge(option.firstMile().pickupSlot(), 1, Integer::sum);
        }
    }

    @Override
    public int hubParcels(Hub hub) {
        return hubParcels.getOrDefault(hub, 0);
    }

    @Override
    public long hubVolumeCm3(Hub hub) {
        return hubVolume.getOrDefault(hub, 0L);
    }

    @Override
    public int departureParcels(Departure departure) {
        return departureParcels.getOrDefault(departure, 0);
    }

    @Override
    public long departureVolumeCm3(Departure departure) {
        return departureVolume.getOrDefault(departure, 0L);
    }

    @Override
    public int dropOffPointParcels(DropOffPoint point) {
        return pointParcels.getOrDefault(point, 0);
    }

    @Override
    public int pickupSlotParcels(PickupSlot slot) {
        return slotParcels.getOrDefault(slot, 0);
    }
}
