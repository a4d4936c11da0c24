package io.returnrouter.demo;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.ReturnItem;

import java.util.Objects;

/** An article of the demo shop. */
record Product(String sku, String category, Dimensions dimensions, int weightGrams, long valueCents,
               boolean hazardous) {

    Product {
        Checks.requireText(sku, "sku");
        Checks.requireText(category, "category");
        Objects.requireNonNull(dimensions, "dimensions");
        Checks.requirePositive(weightGrams, "weightGrams");
        Checks.requireNonNegative(valueCents, "valueCents");
    }

    ReturnItem toItem() {
        return new ReturnItem(sku, category, dimensions, weightGrams, valueCents, hazardous);
    }
}
