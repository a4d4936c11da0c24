package io.returnrouter.core.model;

import java.util.Objects;

/** One article in a return, with what the carriers need to know about it. */
public record ReturnItem(String sku, String category, Dimensions dimensions, int weightGrams,
                         long valueCents, boolean hazardous) {

    public ReturnItem {
        Checks.requireText(sku, "sku");
        Checks.requireText(category, "category");
        Objects.requireNonNull(dimensions, "dimensions");
        Checks.requirePositive(weightGrams, "weightGrams of " + sku);
        Checks.requireNonNegative(valueCents, "valueCents of " + sku);
    }
}
