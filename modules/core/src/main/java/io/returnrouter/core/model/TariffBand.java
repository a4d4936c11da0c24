package io.returnrouter.core.model;

/** Price for parcels up to a weight; bands of a lane are ordered by weight. */
public record TariffBand(int maxWeightGrams, long priceCents) {

    public TariffBand {
        Checks.requirePositive(maxWeightGrams, "maxWeightGrams");
        Checks.requireNonNegative(priceCents, "priceCents");
    }
}
