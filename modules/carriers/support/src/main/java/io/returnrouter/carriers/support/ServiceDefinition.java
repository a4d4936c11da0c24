package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.TimeWindow;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One carrier product as its data file states it: limits exact, prices in their own currencies.
 *
 * @param pickupWindow when a pickup service collects (the customer's local time); required for pickup
 *                     modes, so every pickup option can tell the customer when to be at home; null otherwise
 */
public record ServiceDefinition(String id, String name, ServiceMode mode, Set<String> countries,
                                PublishedLimits limits, boolean acceptsHazardous, int transitDays,
                                int pickupSlotsPerDayPerRegion, long co2MilligramsPerParcelKm,
                                TimeWindow pickupWindow, Map<Lane, LaneTariff> lanes) {

    public ServiceDefinition {
        Checks.requireText(id, "id");
        Checks.requireText(name, "name");
        Objects.requireNonNull(mode, "mode");
        countries = Set.copyOf(countries);
        countries.forEach(Countries::requireIsoCode);
        Objects.requireNonNull(limits, "limits");
        boolean pickup = mode == ServiceMode.HOME_PICKUP || mode == ServiceMode.FREIGHT_PICKUP;
        if (pickup && pickupWindow == null) {
            throw new IllegalArgumentException("pickup service " + id + " needs a pickupWindow (e.g. \"08:00-18:00\")");
        }
        if (!pickup && pickupWindow != null) {
            throw new IllegalArgumentException("service " + id + " does not pick up but has a pickupWindow");
        }
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
