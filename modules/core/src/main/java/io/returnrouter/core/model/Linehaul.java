package io.returnrouter.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scheduled trucks from a hub to a warehouse. A departure costs whole vehicles: consolidation pays
 * only when enough parcels share a truck.
 */
public record Linehaul(String warehouseId, Set<DayOfWeek> departureDays, long vehicleCostCents,
                       long vehicleVolumeCm3, int transitDays, long co2GramsPerVehicleKm) {

    public Linehaul {
        Checks.requireText(warehouseId, "warehouseId");
        if (departureDays == null || departureDays.isEmpty()) {
            throw new IllegalArgumentException("a linehaul needs at least one departure day");
        }
        departureDays = Set.copyOf(EnumSet.copyOf(departureDays));
        Checks.requireNonNegative(vehicleCostCents, "vehicleCostCents");
        Checks.requirePositive(vehicleVolumeCm3, "vehicleVolumeCm3");
        Checks.requireNonNegative(transitDays, "transitDays");
        Checks.requireNonNegative(co2GramsPerVehicleKm, "co2GramsPerVehicleKm");
    }

    /** The first departure on or after the day the parcel reaches the hub. */
    public LocalDate nextDepartureOnOrAfter(LocalDate arrival) {
        LocalDate day = arrival;
        while (!departureDays.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Vehicles needed for a volume: ceil(volume / vehicle volume). */
    public long vehiclesFor(long volumeCm3) {
        return (volumeCm3 + vehicleVolumeCm3 - 1) / vehicleVolumeCm3;
    }

    public long costFor(long volumeCm3) {
        return vehiclesFor(volumeCm3) * vehicleCostCents;
    }
}
