package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;

import java.math.BigDecimal;

/**
 * A plan's figures for one market or one carrier.
 *
 * @param key       the market's country code or the carrier's id ({@link PlanKpis#NO_CARRIER} for
 *                  first miles without a carrier service)
 * @param returns   distinct returns with at least one parcel in the group
 * @param costCents the group's parcels' allocated costs (as the score counts them)
 */
public record GroupKpis(String key, int returns, int parcels, long costCents, long co2Grams) {

    public GroupKpis {
        Checks.requireText(key, "key");
        Checks.requireNonNegative(returns, "returns");
        Checks.requireNonNegative(parcels, "parcels");
        Checks.requireNonNegative(costCents, "costCents");
        Checks.requireNonNegative(co2Grams, "co2Grams");
    }

    public BigDecimal co2Kg() {
        return PlanKpis.kilograms(co2Grams);
    }
}
