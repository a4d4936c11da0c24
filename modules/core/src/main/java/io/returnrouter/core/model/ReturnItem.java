package io.returnrouter.core.model;

import java.util.Objects;

/**
 * One article in a return, with what the carriers need to know about it.
 *
 * @param seal whether the customer says the item is still sealed; only some exemptions ask
 */
public record ReturnItem(String sku, String category, Dimensions dimensions, int weightGrams,
                         long valueCents, boolean hazardous, SealState seal) {

    public ReturnItem {
        Checks.requireText(sku, "sku");
        Checks.requireText(category, "category");
        Objects.requireNonNull(dimensions, "dimensions");
        Checks.requirePositive(weightGrams, "weightGrams of " + sku);
        Checks.requireNonNegative(valueCents, "valueCents of " + sku);
        seal = seal == null ? SealState.NOT_STATED : seal;
    }

    /** An item whose seal state was not stated (generated batches, benchmarks). */
    public ReturnItem(String sku, String category, Dimensions dimensions, int weightGrams, long valueCents,
                      boolean hazardous) {
        this(sku, category, dimensions, weightGrams, valueCents, hazardous, SealState.NOT_STATED);
    }
}
