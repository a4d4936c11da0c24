package io.returnrouter.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * One product of a carrier (e.g. "DHL Retoure drop-off DE"). Identity is the id.
 *
 * @param pickupSlotsPerDayPerRegion only meaningful for pickup modes
 * @param co2MilligramsPerParcelKm   emission factor of the first-mile leg
 */
public record CarrierService(String id, String carrierId, ServiceMode mode, Set<String> countriesServed,
                             SizeLimits limits, boolean acceptsHazardous, Tariff tariff, int transitDays,
                             int pickupSlotsPerDayPerRegion, long co2MilligramsPerParcelKm) {

    public CarrierService {
        Checks.requireText(id, "id");
        Checks.requireText(carrierId, "carrierId");
        Objects.requireNonNull(mode, "mode");
        if (countriesServed == null || countriesServed.isEmpty()) {
            throw new IllegalArgumentException("carrier service " + id + " serves no country");
        }
        countriesServed.forEach(Countries::requireIsoCode);
        countriesServed = Set.copyOf(countriesServed);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(tariff, "tariff");
        Checks.requireNonNegative(transitDays, "transitDays of " + id);
        Checks.requireNonNegative(pickupSlotsPerDayPerRegion, "pickupSlotsPerDayPerRegion of " + id);
        if ((mode == ServiceMode.HOME_PICKUP || mode == ServiceMode.FREIGHT_PICKUP) && pickupSlotsPerDayPerRegion == 0) {
            throw new IllegalArgumentException("pickup service " + id + " needs at least one pickup slot per day");
        }
        Checks.requireNonNegative(co2MilligramsPerParcelKm, "co2MilligramsPerParcelKm of " + id);
    }

    /** Days from hand-over to delivery on a lane: the lane's own figure, else the service's. */
    public int transitDays(Lane lane) {
        return tariff.transitDays(lane).orElse(transitDays);
    }

    public boolean isPickup() {
        return mode == ServiceMode.HOME_PICKUP || mode == ServiceMode.FREIGHT_PICKUP;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CarrierService other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
