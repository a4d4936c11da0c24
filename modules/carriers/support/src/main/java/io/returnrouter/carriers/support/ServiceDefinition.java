package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.ServiceMode;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One carrier product as its data file states it: limits exact, prices in their own currencies. */
public record ServiceDefinition(String id, String name, ServiceMode mode, Set<String> countries,
                                PublishedLimits limits, boolean acceptsHazardous, int transitDays,
                                int pickupSlotsPerDayPerRegion, long co2MilligramsPerParcelKm,
                                Map<Lane, LaneTariff> lanes) {

    public ServiceDefinition {
        Checks.requireText(id, "id");
        Checks.requireText(name, "name");
        Objects.requireNonNull(mode, "mode");
        countries = Set.copyOf(countries);
        countries.forEach(Countries::requireIsoCode);
        Objects.requireNonNull(limits, "limits");
        lanes = Map.copyOf(lanes);
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("service " + id + " has no priced lane");
        }
        for (Lane lane : lanes.keySet()) {
            if (!countries.contains(lane.originCountry())) {
                throw new IllegalArgumentException("service " + id + " prices lane " + lane.originCountry() + "-"
                        + lane.destinationCountry() + " from a country it does not serve");
            }
        }
    }
}
