package io.returnrouter.core.plan;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.Store;

import java.util.Objects;

/**
 * How the parcel leaves the customer.
 *
 * @param service      the carrier service of the first leg; null for a store hand-in or an
 *                     abstract benchmark leg
 * @param dropOffPoint set for {@link FirstMileMode#DROP_OFF_POINT} when a real point is chosen
 * @param store        set for {@link FirstMileMode#STORE}
 * @param pickupSlot   set for pickups; consumes the carrier's slots in the region that day
 */
public record FirstMile(FirstMileMode mode, CarrierService service, DropOffPoint dropOffPoint, Store store,
                        PickupSlot pickupSlot) {

    public FirstMile {
        Objects.requireNonNull(mode, "mode");
        if (mode == FirstMileMode.STORE && store == null) {
            throw new IllegalArgumentException("a store first mile needs a store");
        }
        if (mode != FirstMileMode.DROP_OFF_POINT && dropOffPoint != null) {
            throw new IllegalArgumentException("only a drop-off first mile has a drop-off point");
        }
        if (mode != FirstMileMode.HOME_PICKUP && pickupSlot != null) {
            throw new IllegalArgumentException("only a home pickup consumes a pickup slot");
        }
    }

    /** An abstract first mile with no carrier, point or slot (benchmarks). */
    public static FirstMile abstractLeg(FirstMileMode mode) {
        return new FirstMile(mode, null, null, null, null);
    }

    /** Whether the service and the point take this parcel (size, weight, dangerous goods). */
    public boolean accepts(ParcelSpec spec) {
        if (service != null) {
            if (!service.limits().accepts(spec.longestSideCm(), spec.girthCm(), spec.weightGrams())) {
                return false;
            }
            if (spec.handlingClass() == HandlingClass.HAZARDOUS && !service.acceptsHazardous()) {
                return false;
            }
        }
        return dropOffPoint == null
                || dropOffPoint.limits().accepts(spec.longestSideCm(), spec.girthCm(), spec.weightGrams());
    }

    public String describe() {
        return switch (mode) {
            case HOME_PICKUP -> "pickup by " + (service == null ? "carrier" : service.id());
            case DROP_OFF_POINT -> dropOffPoint == null ? "drop-off" : "drop-off at " + dropOffPoint.id()
                    + (service == null ? "" : " with " + service.id());
            case STORE -> "hand-in at store " + store.id();
        };
    }
}
