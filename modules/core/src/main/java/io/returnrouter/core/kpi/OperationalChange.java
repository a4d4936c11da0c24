package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;

import java.util.Objects;

/**
 * One group of parcels of a market that moved from one route end to another between two plans.
 *
 * @param returns  distinct returns with at least one parcel in the group (a return whose parcels
 *                 moved differently counts in each of its groups)
 * @param sentence e.g. "1,240 DK returns move from direct to Venlo to the Malmö hub"
 */
public record OperationalChange(String market, RouteEnd from, RouteEnd to, int parcels, int returns,
                                String sentence) {

    public OperationalChange {
        Checks.requireText(market, "market");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("to must differ from from, both were " + from.describe());
        }
        Checks.requirePositive(parcels, "parcels");
        Checks.requirePositive(returns, "returns");
        if (returns > parcels) {
            throw new IllegalArgumentException("returns " + returns + " cannot exceed parcels " + parcels);
        }
        Checks.requireText(sentence, "sentence");
    }
}
