package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;

import java.math.BigDecimal;

/**
 * How many of a plan's assigned parcels fall into a category.
 *
 * @param percent of all assigned parcels, one decimal; null when the plan has no assigned parcel
 */
public record ParcelShare(int parcels, BigDecimal percent) {

    public ParcelShare {
        Checks.requireNonNegative(parcels, "parcels");
    }

    static ParcelShare of(int parcels, int total) {
        return new ParcelShare(parcels, Percent.of(parcels, total));
    }
}
