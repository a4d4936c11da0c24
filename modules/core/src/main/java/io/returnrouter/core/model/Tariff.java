package io.returnrouter.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A carrier service's offer per lane: weight bands, plus an optional price per road km for
 * services (freight, pickups) that charge by distance, and the lane's transit days where the
 * carrier publishes them (a cross-border or customs lane takes longer than a domestic one).
 */
public record Tariff(Map<Lane, List<TariffBand>> bandsByLane, long centsPerKm, Map<Lane, Integer> transitDaysByLane) {

    /** A tariff whose lanes all take the service's transit days. */
    public Tariff(Map<Lane, List<TariffBand>> bandsByLane, long centsPerKm) {
        this(bandsByLane, centsPerKm, Map.of());
    }

    public Tariff {
        if (bandsByLane == null || bandsByLane.isEmpty()) {
            throw new IllegalArgumentException("a tariff needs at least one lane");
        }
        bandsByLane = bandsByLane.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("lane " + e.getKey() + " has no tariff band");
            }
            return e.getValue().stream().sorted(Comparator.comparingInt(TariffBand::maxWeightGrams)).toList();
        }));
        Checks.requireNonNegative(centsPerKm, "centsPerKm");
        transitDaysByLane = Map.copyOf(transitDaysByLane);
        transitDaysByLane.forEach((lane, days) -> Checks.requireNonNegative(days, "transit days of lane " + lane));
    }

    /** The lane's own transit days, when the carrier publishes them. */
    public OptionalInt transitDays(Lane lane) {
        Integer days = transitDaysByLane.get(lane);
        return days == null ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /** The price, or empty when the lane is not served or the parcel is heavier than every band. */
    public OptionalLong price(Lane lane, int weightGrams, long roadMeters) {
        List<TariffBand> bands = bandsByLane.get(lane);
        if (bands == null) {
            return OptionalLong.empty();
        }
        for (TariffBand band : bands) {
            if (weightGrams <= band.maxWeightGrams()) {
                return OptionalLong.of(band.priceCents() + centsPerKm * roadMeters / 1_000);
            }
        }
        return OptionalLong.empty();
    }
}
