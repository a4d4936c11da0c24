package io.returnrouter.core.co2;

import java.util.Objects;

/**
 * Well-to-wheel emissions of one vehicle type per tonne-km: its emissions per vehicle-km spread
 * over the payload it carries on average (capacity × load factor), as ISO 14083 derives an
 * emission intensity from a vehicle's consumption.
 *
 * @param gramsPerVehicleKm well-to-wheel CO2e per vehicle-km
 * @param payloadTonnes     the vehicle's payload capacity
 * @param loadFactor        the average share of the payload used, empty running included
 */
public record Intensity(double gramsPerVehicleKm, double payloadTonnes, double loadFactor, String source) {

    public Intensity {
        Objects.requireNonNull(source, "source");
    }

    public double gramsPerTonneKm() {
        return gramsPerVehicleKm / (payloadTonnes * loadFactor);
    }
}
