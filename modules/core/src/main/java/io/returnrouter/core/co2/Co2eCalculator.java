package io.returnrouter.core.co2;

import java.util.Objects;

/**
 * Well-to-wheel CO2e of a return's legs by ISO 14083 / the GLEC Framework: a leg's intensity per
 * tonne-km × the parcel's chargeable tonnes × the leg's km. Stateless; one per set of factors.
 */
public final class Co2eCalculator {

    private final EmissionFactors factors;
    private final double[] gramsPerTonneKm = new double[VehicleType.values().length];

    public Co2eCalculator(EmissionFactors factors) {
        this.factors = Objects.requireNonNull(factors, "factors");
        for (VehicleType type : VehicleType.values()) {
            gramsPerTonneKm[type.ordinal()] = factors.intensity(type).gramsPerTonneKm();
        }
    }

    public EmissionFactors factors() {
        return factors;
    }

    /** The larger of actual and volumetric weight, in tonnes: what the parcel is allocated by. */
    public double chargeableTonnes(int weightGrams, long volumeCm3) {
        double kg = Math.max(weightGrams / 1000.0, volumeCm3 / factors.volumetricCm3PerKg());
        return kg / 1000.0;
    }

    public long legGrams(VehicleType type, double tonnes, long meters) {
        return Math.round(gramsPerTonneKm[type.ordinal()] * tonnes * meters / 1000.0);
    }

    /**
     * A carrier's leg: a bulky service runs in its two-person van all the way; a parcel service
     * collects in a van and carries the rest on its line-haul between depots.
     */
    public long carrierLegGrams(boolean bulky, double tonnes, long meters) {
        if (bulky) {
            return legGrams(VehicleType.TWO_PERSON_VAN, tonnes, meters);
        }
        long vanMeters = Math.min(meters, Math.round(factors.collectionKm() * 1000));
        return legGrams(VehicleType.PARCEL_VAN, tonnes, vanMeters)
                + legGrams(VehicleType.PARCEL_LINEHAUL, tonnes, meters - vanMeters);
    }

    /**
     * The customer's round trip to a drop-off point or store: by car in the market's share of
     * trips beyond walking distance, all of it allocated to the return (the trip has no other purpose).
     */
    public long customerTripGrams(String market, long oneWayMeters) {
        if (oneWayMeters <= factors.walkingMeters()) {
            return 0;
        }
        return Math.round(2 * oneWayMeters / 1000.0 * factors.carGramsPerKm() * factors.carTripShare(market));
    }
}
