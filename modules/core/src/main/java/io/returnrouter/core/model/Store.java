package io.returnrouter.core.model;

import java.util.Objects;

/** A shop's own store that accepts returns over the counter. Identity is the id. */
public record Store(String id, String shopId, Location location, long handlingCentsPerParcel) {

    public Store {
        Checks.requireText(id, "id");
        Checks.requireText(shopId, "shopId");
        Objects.requireNonNull(location, "location");
        Checks.requireNonNegative(handlingCentsPerParcel, "handlingCentsPerParcel of store " + id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Store other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
