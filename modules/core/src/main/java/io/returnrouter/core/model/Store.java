package io.returnrouter.core.model;

import java.util.Objects;

/**
 * A shop's own store that accepts returns over the counter. Identity is the id.
 *
 * @param details name, address and opening hours from the network's data; null when it has none
 */
public record Store(String id, String shopId, Location location, long handlingCentsPerParcel, PlaceDetails details) {

    public Store {
        Checks.requireText(id, "id");
        Checks.requireText(shopId, "shopId");
        Objects.requireNonNull(location, "location");
        Checks.requireNonNegative(handlingCentsPerParcel, "handlingCentsPerParcel of store " + id);
    }

    /** A store without details (synthetic networks, tests). */
    public Store(String id, String shopId, Location location, long handlingCentsPerParcel) {
        this(id, shopId, location, handlingCentsPerParcel, null);
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
