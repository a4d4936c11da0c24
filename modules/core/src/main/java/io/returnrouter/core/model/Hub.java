package io.returnrouter.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A consolidation hub. Capacities are per planning period; the fixed cost is paid for a period in
 * which the hub handles at least one parcel. Identity is the id.
 *
 * @param linehaul empty when goods leave the hub at no extra charge (e.g. the hub is the
 *                 facility of a facility-location benchmark)
 */
public record Hub(String id, String name, Location location, int capacityParcels, long capacityVolumeCm3,
                  long handlingCentsPerParcel, long fixedCostCentsPerPeriod, Optional<Linehaul> linehaul,
                  boolean outsideCustomsUnion, long customsClearanceCentsPerShipment) {

    public Hub {
        Checks.requireText(id, "id");
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(location, "location");
        Checks.requireNonNegative(capacityParcels, "capacityParcels of hub " + id);
        Checks.requireNonNegative(capacityVolumeCm3, "capacityVolumeCm3 of hub " + id);
        Checks.requireNonNegative(handlingCentsPerParcel, "handlingCentsPerParcel of hub " + id);
        Checks.requireNonNegative(fixedCostCentsPerPeriod, "fixedCostCentsPerPeriod of hub " + id);
        linehaul = linehaul == null ? Optional.empty() : linehaul;
        Checks.requireNonNegative(customsClearanceCentsPerShipment, "customsClearanceCentsPerShipment of hub " + id);
    }

    public boolean hasFixedCost() {
        return fixedCostCentsPerPeriod > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hub other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
