package io.returnrouter.core.co2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Every factor of the CO2e method, read from a data file that names each factor's source and
 * year (see docs/co2.md). A negative or missing factor is refused with the key it was read from.
 *
 * @param volumetricCm3PerKg     divisor of the volumetric weight: a parcel is charged the larger of
 *                               its actual and its volumetric weight
 * @param collectionKm           how much of a parcel service's leg runs in a van; the rest runs on the
 *                               carrier's line-haul between depots
 * @param carGramsPerKm          well-to-wheel CO2e of an average passenger car per km
 * @param walkingMeters          up to this distance the customer is assumed to walk or cycle
 * @param carTripShare           the default share of trips beyond walking distance made by car
 * @param carTripShareByMarket   per-market overrides of that share
 */
public record EmissionFactors(Map<VehicleType, Intensity> intensities, double volumetricCm3PerKg,
                              double collectionKm, double carGramsPerKm, String carSource, long walkingMeters,
                              double carTripShare, Map<String, Double> carTripShareByMarket) {

    public static final String RESOURCE = "emission-factors.properties";

    public EmissionFactors {
        intensities = Map.copyOf(intensities);
        for (VehicleType type : VehicleType.values()) {
            if (!intensities.containsKey(type)) {
                throw new IllegalArgumentException("no intensity for vehicle type " + type);
            }
        }
        carTripShareByMarket = Map.copyOf(carTripShareByMarket);
    }

    /** The factors shipped with the core. */
    public static EmissionFactors standard() {
        return Standard.FACTORS;
    }

    private static final class Standard {
        static final EmissionFactors FACTORS = read(EmissionFactors.class.getResourceAsStream(RESOURCE));
    }

    public static EmissionFactors read(InputStream in) {
        Objects.requireNonNull(in, "the emission factors file " + RESOURCE + " is missing");
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<VehicleType, Intensity> intensities = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            String prefix = "vehicle." + type.name() + ".";
            double share = factor(p, prefix + "loadFactor");
            if (share == 0 || share > 1) {
                throw new IllegalArgumentException(prefix + "loadFactor: must be above 0 and at most 1, was " + share);
            }
            intensities.put(type, new Intensity(factor(p, prefix + "gramsPerVehicleKm"),
                    positive(p, prefix + "payloadTonnes"), share, text(p, prefix + "source")));
        }
        Map<String, Double> byMarket = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.matches("customer\\.carTripShare\\.[A-Z]{2}")) {
                byMarket.put(key.substring("customer.carTripShare.".length()), share(p, key));
            }
        }
        return new EmissionFactors(intensities, positive(p, "allocation.volumetricCm3PerKg"),
                factor(p, "parcel.collectionKm"), factor(p, "customer.car.gramsPerKm"),
                text(p, "customer.car.source"), (long) factor(p, "customer.walkingMeters"),
                share(p, "customer.carTripShare"), byMarket);
    }

    public Intensity intensity(VehicleType type) {
        return intensities.get(type);
    }

    public double carTripShare(String market) {
        return carTripShareByMarket.getOrDefault(market, carTripShare);
    }

    private static double factor(Properties p, String key) {
        String value = text(p, key);
        double factor;
        try {
            factor = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value);
        }
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(key + ": an emission factor must not be negative, was " + value);
        }
        return factor;
    }

    private static double positive(Properties p, String key) {
        double value = factor(p, key);
        if (value == 0) {
            throw new IllegalArgumentException(key + ": must be above 0");
        }
        return value;
    }

    private static double share(Properties p, String key) {
        double value = factor(p, key);
        if (value > 1) {
            throw new IllegalArgumentException(key + ": a share must be at most 1, was " + value);
        }
        return value;
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": missing in " + RESOURCE);
        }
        return value.trim();
    }
}
