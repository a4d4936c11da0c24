package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;

import java.math.BigDecimal;
import java.util.Objects;

/** A list price for parcels up to a weight, in the lane's currency. */
public record PriceBand(int maxWeightGrams, BigDecimal price) {

    public PriceBand {
        Checks.requirePositive(maxWeightGrams, "maxWeightGrams");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price must not be negative, was " + price);
        }
    }
}
