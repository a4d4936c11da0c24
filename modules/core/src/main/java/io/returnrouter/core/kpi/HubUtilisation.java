package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;

import java.math.BigDecimal;

/**
 * A hub's load in a plan against its capacity of the period.
 *
 * @param parcelUtilisationPercent parcels / capacityParcels in percent (one decimal; above 100 when
 *                                 overloaded); null when the capacity is zero
 * @param volumeUtilisationPercent the same for volume
 */
public record HubUtilisation(String hubId, String name, int parcels, int capacityParcels,
                             BigDecimal parcelUtilisationPercent, long volumeCm3, long capacityVolumeCm3,
                             BigDecimal volumeUtilisationPercent) {

    public HubUtilisation {
        Checks.requireText(hubId, "hubId");
        Checks.requireText(name, "name");
        Checks.requireNonNegative(parcels, "parcels");
        Checks.requireNonNegative(capacityParcels, "capacityParcels");
        Checks.requireNonNegative(volumeCm3, "volumeCm3");
        Checks.requireNonNegative(capacityVolumeCm3, "capacityVolumeCm3");
    }

    public boolean overloaded() {
        return parcels > capacityParcels || volumeCm3 > capacityVolumeCm3;
    }
}
