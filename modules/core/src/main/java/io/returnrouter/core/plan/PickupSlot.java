package io.returnrouter.core.plan;

import io.returnrouter.core.model.CarrierService;

import java.time.LocalDate;
import java.util.Objects;

/** The pickups a carrier service offers in one region on one day. */
public record PickupSlot(CarrierService service, String region, LocalDate date) {

    public PickupSlot {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        if (!service.isPickup()) {
            throw new IllegalArgumentException("service " + service.id() + " does not pick up");
        }
    }

    public int capacity() {
        return service.pickupSlotsPerDayPerRegion();
    }
}
